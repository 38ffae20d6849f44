import type { DataSource } from 'typeorm';
import { loadWebhooksConfig } from 'src/config/webhooks.config';
import type { ToolStatsService } from 'src/orchestrator/stats/tool-stats.service';
import type { QueueService } from 'src/platform/queue/queue.service';
import { WebhookInboxService } from './webhook-inbox.service';

/**
 * The database going away while an event is being processed (issue 10's PostgreSQL chaos test shows it end to
 * end): the outcome that could not be written is written as soon as the database is back, instead of the event
 * staying claimed until the stale-claim limit.
 */
/** The claim's `updated_at` stamp: ISO with microseconds. */
const STAMP = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);

describe('WebhookInboxService: an outcome the database could not take', () => {
  const outcomeWrites: unknown[][] = [];
  let databaseUp = true;
  let claimLost = false;
  const claimStamps: string[] = [];
  let inbox: WebhookInboxService;

  beforeEach(() => {
    jest.useFakeTimers();
    outcomeWrites.length = 0;
    databaseUp = true;
    claimLost = false;
    const dataSource = {
      query: async (sql: string, params: unknown[]) => {
        if (!databaseUp) throw new Error('Connection terminated unexpectedly');
        if (sql.includes("SET status = 'processing'")) {
          claimStamps.push(params[2] as string);
          // the claim; `claimLost`: it commits, then the connection drops before the answer arrives
          if (!claimLost) return [[{ attempts: 1 }], 1];
          databaseUp = false;
          throw new Error('Connection terminated unexpectedly');
        }
        outcomeWrites.push(params);
        return [[], 1];
      },
      getRepository: () => ({ findOneByOrFail: async () => ({ id: 'ev1', provider: 'retell', attempts: 1 }) }),
    } as unknown as DataSource;
    inbox = new WebhookInboxService(
      dataSource,
      loadWebhooksConfig({}),
      {} as QueueService,
      { record: () => undefined } as unknown as ToolStatsService,
    );
  });

  afterEach(() => {
    inbox.onApplicationShutdown();
    jest.useRealTimers();
  });

  it('records the failure of its claim (attempts 1) once the database is back', async () => {
    inbox.register('retell', async () => {
      databaseUp = false; // cut mid-processing: the processor and recording its failure both fail
      throw new Error('read ECONNRESET');
    });
    await expect(inbox.process('ev1')).rejects.toThrow('Connection terminated unexpectedly');
    await jest.advanceTimersByTimeAsync(2000); // still down: tried again with backoff, nothing written
    expect(outcomeWrites).toEqual([]);
    databaseUp = true;
    await jest.advanceTimersByTimeAsync(5000);
    expect(outcomeWrites).toEqual([['ev1', 'failed', 'read ECONNRESET', STAMP]]);
  });

  it('hands back a claim that committed unseen, as failed by its stamp, once the database is back', async () => {
    const processed: string[] = [];
    inbox.register('retell', async (event) => {
      processed.push(event.id);
      return 'processed';
    });
    claimLost = true;
    await expect(inbox.process('ev1')).rejects.toThrow('Connection terminated unexpectedly');
    expect(processed).toEqual([]); // never processed under a claim it cannot see
    databaseUp = true;
    await jest.advanceTimersByTimeAsync(5000);
    expect(outcomeWrites).toEqual([
      ['ev1', 'failed', 'Claim outcome unknown: Connection terminated unexpectedly', STAMP],
    ]);
    expect(outcomeWrites[0][3]).toBe(claimStamps.at(-1)); // only the claim it made, by its stamp
  });

  it('does not hand back a claim the statement refused (not a connection failure)', async () => {
    inbox.register('retell', async () => 'processed');
    const dataSource = (inbox as unknown as { dataSource: { query: (...a: unknown[]) => Promise<unknown> } })
      .dataSource;
    const query = dataSource.query;
    dataSource.query = async (sql, params) => {
      if (String(sql).includes("SET status = 'processing'")) throw new Error('deadlock detected');
      return query(sql, params);
    };
    await expect(inbox.process('ev1')).rejects.toThrow('deadlock detected');
    await jest.advanceTimersByTimeAsync(10_000);
    expect(outcomeWrites).toEqual([]);
  });

  it('records a success the same way, and stops trying at shutdown', async () => {
    inbox.register('retell', async () => {
      databaseUp = false; // the processor committed; the outcome cannot be written
      return 'processed';
    });
    await expect(inbox.process('ev1')).rejects.toThrow('Connection terminated unexpectedly');
    databaseUp = true;
    await jest.advanceTimersByTimeAsync(5000);
    expect(outcomeWrites).toEqual([['ev1', 'processed', null, STAMP]]);

    outcomeWrites.length = 0;
    await expect(inbox.process('ev1')).rejects.toThrow();
    inbox.onApplicationShutdown();
    databaseUp = true;
    await jest.advanceTimersByTimeAsync(60_000);
    expect(outcomeWrites).toEqual([]);
  });
});
