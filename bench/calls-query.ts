import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiKeyService } from 'src/auth/api-key.service';
import { type BenchRun, intFromEnv, log, reportHead, runBenchmark, secondsSince } from './support/harness';
import { collectGarbage, prng, round, roundSummary, summarize, timeSequential } from './support/stats';
import { createBenchApp } from './support/in-process-app';

/**
 * The admin's call list at volume: BENCH_CALLS calls (default 100,000; realistic German transcripts of 1.5–3
 * KB) across two companies, a few branches, a third of the ended calls with an appointment, in a scratch
 * database migrated by the app. Then the first page of `GET /api/companies/:id/calls` for each filter,
 * over HTTP against the started app (as a company API key), sequentially. Prints one JSON object and writes
 * bench/results/calls-query.json.
 *
 *   npm run bench:calls            (BENCH_CALLS, BENCH_N, BENCH_WARMUP override 100000, 300, 30)
 *
 * BENCH_KEEP_DB=1 keeps the seeded database (its name is in the report) for EXPLAIN ANALYZE; drop it by hand.
 *
 * Target: p95 < 50 ms per filter. `qCommon` (a word in nearly every transcript) is reported, not targeted
 * (a text search's total stops at 1,000 matches, so it is no longer slow, but it was not designed for).
 */

const CALLS = intFromEnv('BENCH_CALLS', 100_000);
const N = intFromEnv('BENCH_N', 300);
const WARMUP = intFromEnv('BENCH_WARMUP', 30);
const REPORT_NAME = 'calls-query';
const TARGET_P95_MS = 50;
const BATCH = 1000;
const DAY_MS = 86_400_000;
const KEEP_DB = process.env.BENCH_KEEP_DB === '1';

const random = prng(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

const FIRST = ['Anna', 'Jonas', 'Lea', 'Lukas', 'Mia', 'Felix', 'Emma', 'Paul', 'Sophie', 'Leon', 'Marie', 'Ben'];
const LAST = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Schmitt',
  'Werner',
  'Krause',
  'Meier',
  'Lehmann',
  'Schmid',
  'Schulze',
  'Maier',
  'Köhler',
  'Herrmann',
  'König',
  'Walter',
  'Mayer',
  'Huber',
  'Kaiser',
  'Fuchs',
  'Peters',
  'Lang',
  'Scholz',
  'Möller',
  'Weiß',
  'Jung',
  'Hahn',
  'Vogel',
  'Friedrich',
  'Keller',
  'Günther',
];
const SERVICES = ['Kontrolle', 'Zahnreinigung', 'Beratung', 'Füllung', 'Röntgen', 'Bleaching', 'Wurzelbehandlung'];
const DAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'];
const FILLER = [
  'Agent: Einen Moment bitte, ich schaue kurz im Kalender nach.',
  'User: Ja, gerne, ich warte.',
  'Agent: Haben Sie schon einmal bei uns einen Termin gehabt?',
  'User: Ja, letztes Jahr war ich schon einmal da, wegen einer Kontrolle.',
  'Agent: Darf ich Ihnen noch eine Bestätigung per SMS an diese Nummer schicken?',
  'User: Das wäre super, danke. Muss ich irgendetwas mitbringen?',
  'Agent: Bitte bringen Sie Ihre Versichertenkarte und, falls vorhanden, Ihr Bonusheft mit.',
  'User: Und wie lange dauert das ungefähr? Ich muss danach noch zur Arbeit.',
  'Agent: Rechnen Sie mit etwa dreißig bis fünfundvierzig Minuten, je nach Befund.',
  'User: Gibt es bei Ihnen in der Nähe Parkplätze?',
  'Agent: Ja, direkt hinter dem Haus gibt es einen Parkplatz für Patientinnen und Patienten.',
  'User: Ach so, und kann ich auch mit Karte bezahlen, falls etwas privat ist?',
  'Agent: Selbstverständlich, wir nehmen EC-Karte und alle gängigen Kreditkarten.',
];

interface Branch {
  id: string;
  companyId: string;
}

function transcript(name: string, service: string, booked: boolean): string {
  const day = pick(DAYS);
  const hour = 8 + Math.floor(random() * 9);
  const lines = [
    'Agent: Guten Tag, Sie sind mit der Praxis verbunden. Wie kann ich Ihnen helfen?',
    `User: Hallo, hier ist ${name}. Ich hätte gerne einen Termin für eine ${service}.`,
    `Agent: Sehr gerne, Frau oder Herr ${name.split(' ')[1]}. Wann würde es Ihnen denn passen?`,
    `User: Am liebsten am ${day}, vormittags oder am frühen Nachmittag.`,
  ];
  const fillers = 14 + Math.floor(random() * 22);
  for (let i = 0; i < fillers; i++) lines.push(pick(FILLER));
  lines.push(
    booked
      ? `Agent: Ich habe Sie für ${day} um ${hour} Uhr eingetragen, ${service}. Bis dann, auf Wiederhören!`
      : `Agent: Leider ist am ${day} nichts mehr frei. Soll ich Sie auf die Warteliste setzen?`,
    'User: Vielen Dank, auf Wiederhören.',
  );
  return lines.join('\n');
}

const phone = (n: number): string => `+49151${String(n).padStart(8, '0')}`;

async function seed(ds: DataSource): Promise<{ companyId: string; branchId: string; rareTerm: string }> {
  const companies: string[] = [];
  for (const name of ['Zahnarztpraxis Groß', 'Praxis Klein']) {
    const [{ id }] = await ds.query(`INSERT INTO companies (name) VALUES ($1) RETURNING id`, [name]);
    companies.push(id);
  }
  const branches: Branch[] = [];
  for (const companyId of companies) {
    for (const name of ['Mitte', 'Nord', 'Süd', 'West']) {
      const [{ id }] = await ds.query(
        `INSERT INTO branches (company_id, name, timezone) VALUES ($1, $2, 'Europe/Berlin') RETURNING id`,
        [companyId, name],
      );
      branches.push({ id, companyId });
    }
  }
  // 2,000 customers per company, with the names the transcripts mention.
  const customers = new Map<string, { id: string; name: string }[]>();
  for (const [c, companyId] of companies.entries()) {
    const names = Array.from({ length: 2000 }, () => `${pick(FIRST)} ${pick(LAST)}`);
    const rows: { id: string }[] = await ds.query(
      `INSERT INTO customers (company_id, phone, name) SELECT $1, * FROM unnest($2::text[], $3::text[]) RETURNING id`,
      [companyId, names.map((_, i) => phone(c * 10_000 + i)), names],
    );
    customers.set(
      companyId,
      rows.map((r, i) => ({ id: r.id, name: names[i] })),
    );
  }

  // 60 % of the calls to the big company (the one measured), over the last year, newest at random.
  const now = Date.now();
  for (let offset = 0; offset < CALLS; offset += BATCH) {
    const calls: unknown[][] = Array.from({ length: 15 }, () => []);
    const appointments: unknown[][] = Array.from({ length: 6 }, () => []);
    for (let i = offset; i < Math.min(CALLS, offset + BATCH); i++) {
      const companyId = random() < 0.6 ? companies[0] : companies[1];
      const branch = pick(branches.filter((b) => b.companyId === companyId));
      const customer = random() < 0.9 ? pick(customers.get(companyId)!) : null;
      const r = random();
      const status = r < 0.01 ? 'registered' : r < 0.03 ? 'ongoing' : r < 0.07 ? 'error' : 'ended';
      const startedAt = status === 'registered' ? null : new Date(now - random() * 365 * DAY_MS);
      const duration = status === 'ended' ? 30 + Math.floor(random() * 300) : null;
      const booked = status === 'ended' && random() < 0.35;
      const service = pick(SERVICES);
      const id = randomUUID();
      const values = [
        id,
        `call_${i.toString(36)}_${randomBytes(4).toString('hex')}`,
        companyId,
        branch.id,
        customer?.id ?? null,
        customer ? phone(1000 + i) : null,
        '+4930123456',
        status,
        startedAt,
        startedAt && duration ? new Date(startedAt.getTime() + duration * 1000) : null,
        duration,
        status === 'ended' ? transcript(customer?.name ?? 'Max Mustermann', service, booked) : null,
        duration ? Math.ceil(duration / 6) : null,
        status === 'ended' ? `Anruf wegen ${service}${booked ? ', Termin gebucht' : ', kein Termin frei'}.` : null,
        status === 'ended' ? pick(['Positive', 'Neutral', 'Neutral', 'Negative']) : null,
      ];
      values.forEach((v, k) => calls[k].push(v));
      if (booked && startedAt) {
        const startsAt = new Date(startedAt.getTime() + (1 + Math.floor(random() * 30)) * DAY_MS);
        [companyId, branch.id, id, `bench-${id}`, startsAt, new Date(startsAt.getTime() + 1_800_000)].forEach((v, k) =>
          appointments[k].push(v),
        );
      }
    }
    await ds.query(
      `INSERT INTO calls (id, retell_call_id, company_id, branch_id, customer_id, from_number, to_number, status,
         started_at, ended_at, duration_seconds, transcript, cost_cents, summary, sentiment, direction)
       SELECT *, 'inbound' FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[],
         $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::int[], $12::text[], $13::int[],
         $14::text[], $15::text[])`,
      calls,
    );
    await ds.query(
      `INSERT INTO appointments (company_id, branch_id, call_id, idempotency_key, starts_at, ends_at,
         calcom_event_type_id)
       SELECT *, 1 FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[], $6::timestamptz[])`,
      appointments,
    );
    if (offset % 20_000 === 0) log(`seeded ${offset + BATCH} calls`);
  }
  await ds.query('VACUUM ANALYZE calls');
  await ds.query('VACUUM ANALYZE appointments');
  return { companyId: companies[0], branchId: branches[0].id, rareTerm: 'Wurzelbehandlung' };
}

/** The plan PostgreSQL picks for the list's page query, with the indexes it uses (for the report). */
async function indexesUsed(ds: DataSource, sql: string, params: unknown[]): Promise<string[]> {
  const rows: { 'QUERY PLAN': string }[] = await ds.query(`EXPLAIN ${sql}`, params);
  const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
  return [
    ...new Set(
      [...plan.matchAll(/(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\S+)/g)].map((m) => m[1]),
    ),
  ];
}

async function measure(run: BenchRun): Promise<Record<string, unknown>> {
  const { startedAt, scratch } = run;
  const app = await createBenchApp(run);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const ds = app.get(DataSource);
  const seedStarted = Date.now();
  const { companyId, branchId, rareTerm } = await seed(ds);
  const seedSeconds = round((Date.now() - seedStarted) / 1000, 1);
  const { secret } = await app
    .get(ApiKeyService)
    .create({ companyId, name: 'bench', scopes: ['admin'], createdBy: null });

  const month = new Date(Date.now() - 30 * DAY_MS).toISOString();
  // [filter, samples]: qCommon takes most of a second per request, so it gets fewer samples and no target.
  const cases: Record<string, [Record<string, string>, number]> = {
    none: [{}, N],
    fromTo: [{ from: month, to: new Date().toISOString() }, N],
    branch: [{ branchId }, N],
    status: [{ status: 'error' }, N],
    hasAppointment: [{ hasAppointment: 'true' }, N],
    noAppointment: [{ hasAppointment: 'false' }, N],
    q: [{ q: rareTerm.toLowerCase() }, N],
    qName: [{ q: 'schröder' }, N],
    qCommon: [{ q: 'termin' }, Math.min(N, 30)],
  };
  const base = `http://127.0.0.1:${port}/api/companies/${companyId}/calls`;
  const headers = { authorization: `Bearer ${secret}` };
  const results: Record<string, object> = {};
  for (const [name, [filter, samples]] of Object.entries(cases)) {
    const url = `${base}?${new URLSearchParams(filter)}`;
    let total = 0;
    const call = async () => {
      const res = await fetch(url, { headers });
      if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${await res.text()}`);
      total = ((await res.json()) as { total: number }).total;
    };
    collectGarbage();
    await timeSequential(Math.min(WARMUP, samples), call);
    const summary = roundSummary(summarize(await timeSequential(samples, call)));
    const targetMet = name === 'qCommon' ? null : summary.p95 < TARGET_P95_MS;
    results[name] = { filter, total, samples, ...summary, targetMet };
    log(`${name.padEnd(15)} total ${total}  p50 ${summary.p50.toFixed(2)}  p95 ${summary.p95.toFixed(2)} ms`);
  }
  const sizes: { table: string; index: string; transcriptSearch: string }[] = await ds.query(
    `SELECT pg_size_pretty(pg_total_relation_size('calls')) AS table,
              pg_size_pretty(pg_indexes_size('calls')) AS index,
              pg_size_pretty(pg_relation_size('ix_calls_transcript_search')) AS "transcriptSearch"`,
  );
  const plans = {
    q: await indexesUsed(
      ds,
      `SELECT id FROM calls c WHERE company_id = $1 AND transcript_search @@ plainto_tsquery('simple', $2)
          ORDER BY started_at DESC NULLS LAST, created_at DESC, id DESC LIMIT 20`,
      [companyId, rareTerm],
    ),
    qCount: await indexesUsed(
      ds,
      `SELECT count(*) FROM (SELECT 1 FROM calls c
          WHERE company_id = $1 AND transcript_search @@ plainto_tsquery('simple', $2) LIMIT 1001) s`,
      [companyId, rareTerm],
    ),
    none: await indexesUsed(
      ds,
      `SELECT id FROM calls c WHERE company_id = $1 ORDER BY started_at DESC NULLS LAST, created_at DESC, id DESC LIMIT 20`,
      [companyId],
    ),
  };
  return {
    ...(await reportHead(REPORT_NAME, startedAt)),
    // Set here, so it leaves out closing the app and dropping the seeded database.
    durationSeconds: secondsSince(startedAt),
    config: {
      calls: CALLS,
      samplesPerFilter: N,
      warmupPerFilter: WARMUP,
      pageSize: 20,
      via: 'HTTP (fetch, keep-alive) against the started app, company API key',
      unit: 'ms',
      seedSeconds,
      sizes: sizes[0],
      database: scratch.databaseName,
    },
    targetP95Ms: TARGET_P95_MS,
    allTargetsMet: Object.values(results).every((r) => (r as { targetMet: boolean | null }).targetMet !== false),
    results,
    indexesUsed: plans,
  };
}

runBenchmark(REPORT_NAME, measure, { keepScratch: KEEP_DB });
