import type { CheckStatus, Liveness, Readiness } from '../../api/health';
import { StatusBadge, type BadgeTone } from './StatusBadge';
import { errorMessage, formatTime, formatUptime } from './format';
import { useLiveness, useReadiness } from './useHealth';

const CHECK_TONE: Record<CheckStatus, BadgeTone> = { up: 'ok', degraded: 'warn', down: 'bad' };

/** Backend version and health, polled every 10 s. */
export function StatusPanel() {
  return (
    <section className="status" aria-labelledby="status-heading">
      <h2 id="status-heading">System status</h2>
      <LivenessSection />
      <ReadinessSection />
    </section>
  );
}

function LivenessSection() {
  const { data, error, isPending, dataUpdatedAt } = useLiveness();

  return (
    <section className="card" aria-labelledby="liveness-heading">
      <h3 id="liveness-heading">Backend</h3>
      {isPending && <Loading what="backend information" />}
      {error && <ErrorNotice title="Backend unreachable" error={error} hasStaleData={data !== undefined} />}
      {data && <LivenessDetails liveness={data} updatedAt={dataUpdatedAt} />}
    </section>
  );
}

function LivenessDetails({ liveness, updatedAt }: { liveness: Liveness; updatedAt: number }) {
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Version</dt>
          <dd>{liveness.version}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{liveness.role}</dd>
        </div>
        <div>
          <dt>Uptime</dt>
          <dd>{formatUptime(liveness.uptimeSeconds)}</dd>
        </div>
      </dl>
      <p className="muted">Checked at {formatTime(updatedAt)}</p>
    </>
  );
}

function ReadinessSection() {
  const { data, error, isPending, dataUpdatedAt } = useReadiness();

  return (
    <section className="card" aria-labelledby="readiness-heading">
      <h3 id="readiness-heading">Readiness</h3>
      {isPending && <Loading what="readiness checks" />}
      {error && <ErrorNotice title="Readiness unavailable" error={error} hasStaleData={data !== undefined} />}
      {data && <ReadinessDetails readiness={data} updatedAt={dataUpdatedAt} />}
    </section>
  );
}

function ReadinessDetails({ readiness, updatedAt }: { readiness: Readiness; updatedAt: number }) {
  const { ready, checks, failing, httpStatus } = readiness;

  return (
    <>
      <p className="overall">
        Overall: <StatusBadge tone={ready ? 'ok' : 'bad'} label={ready ? 'Ready' : 'Not ready'} />
      </p>
      {!ready && (
        <p className="failing">
          {failing.length > 0
            ? `Failing checks: ${failing.join(', ')}`
            : `The backend reported not ready (HTTP ${httpStatus}) without naming a failing check.`}
        </p>
      )}
      {checks.length > 0 ? (
        <table className="checks">
          <caption>Readiness checks</caption>
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Status</th>
              <th scope="col">Message</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check) => (
              <tr key={check.name}>
                <th scope="row">{check.name}</th>
                <td>
                  <StatusBadge tone={CHECK_TONE[check.status]} label={check.status} />
                </td>
                <td>{check.message ?? <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No checks reported.</p>
      )}
      <p className="muted">Checked at {formatTime(updatedAt)}</p>
    </>
  );
}

function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="muted">
      Loading {what}…
    </p>
  );
}

function ErrorNotice({ title, error, hasStaleData }: { title: string; error: unknown; hasStaleData: boolean }) {
  return (
    <div role="alert" className="notice notice--error">
      <p>
        <strong>{title}.</strong> {errorMessage(error)}
      </p>
      {hasStaleData && <p>Showing the last known status below.</p>}
    </div>
  );
}
