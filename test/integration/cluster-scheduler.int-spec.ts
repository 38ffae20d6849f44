import { DataSource } from 'typeorm';
import { ClusterScheduler, type PeriodicTask } from 'src/platform/scheduling/cluster-scheduler.service';
import type { QueueService } from 'src/platform/queue/queue.service';
import { createTestDatabase } from 'test/support/test-app';

/**
 * Singleton work (sweeper, alert evaluation, cache warmer, retention purge) runs once per cluster: two
 * instances, each its own connection pool to the same PostgreSQL database, schedule the same task.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let db: Awaited<ReturnType<typeof createTestDatabase>>;
const sources: DataSource[] = [];
const schedulers: ClusterScheduler[] = [];

async function instance(isWorker = true): Promise<ClusterScheduler> {
  const source = await new DataSource({ type: 'postgres', url: db.url, poolSize: 3 }).initialize();
  sources.push(source);
  const scheduler = new ClusterScheduler(source, { isWorker } as QueueService);
  schedulers.push(scheduler);
  return scheduler;
}

/** A task that records each round (which instance, when) and takes `ms`. */
function recordingTask(rounds: { by: string; start: number; end: number }[], by: string, ms: number, intervalMs = 50) {
  return {
    name: 'test-singleton',
    intervalMs,
    run: async () => {
      const start = Date.now();
      await sleep(ms);
      rounds.push({ by, start, end: Date.now() });
    },
  } satisfies PeriodicTask;
}

beforeAll(async () => {
  db = await createTestDatabase();
});

afterEach(async () => {
  await Promise.all(schedulers.splice(0).map((s) => s.onApplicationShutdown()));
  await Promise.all(sources.splice(0).map((s) => s.destroy()));
});

afterAll(async () => {
  await db?.drop();
});

describe('ClusterScheduler', () => {
  it('runs a round on one instance only when two try at the same time', async () => {
    const [one, two] = [await instance(), await instance()];
    const rounds: { by: string; start: number; end: number }[] = [];
    const ran = await Promise.all([
      one.runOnce(recordingTask(rounds, 'one', 300)),
      two.runOnce(recordingTask(rounds, 'two', 300)),
    ]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    expect(rounds).toHaveLength(1);
    // The lock is released with the round: the next round can run anywhere.
    expect(await two.runOnce(recordingTask(rounds, 'two', 10))).toBe(true);
  });

  it('never overlaps rounds across instances that schedule the same task every 50 ms', async () => {
    const [one, two] = [await instance(), await instance()];
    const rounds: { by: string; start: number; end: number }[] = [];
    one.every(recordingTask(rounds, 'one', 120));
    two.every(recordingTask(rounds, 'two', 120));
    await sleep(1500);
    await Promise.all([one.onApplicationShutdown(), two.onApplicationShutdown()]);

    expect(rounds.length).toBeGreaterThanOrEqual(4); // it did run, round after round
    const sorted = [...rounds].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      expect({ round: i, overlaps: sorted[i].start < sorted[i - 1].end }).toEqual({ round: i, overlaps: false });
    }
  });

  it('schedules nothing on an API-only instance', async () => {
    const api = await instance(false);
    const rounds: { by: string; start: number; end: number }[] = [];
    api.every(recordingTask(rounds, 'api', 1, 20));
    await sleep(300);
    expect(rounds).toEqual([]);
  });

  it('waits for a running round at shutdown and starts none after it', async () => {
    const one = await instance();
    const rounds: { by: string; start: number; end: number }[] = [];
    const round = one.runOnce(recordingTask(rounds, 'one', 300));
    await sleep(50);
    await one.onApplicationShutdown();
    expect(rounds).toHaveLength(1); // finished before shutdown returned
    expect(await round).toBe(true);
    expect(await one.runOnce(recordingTask(rounds, 'one', 1))).toBe(false);
    expect(rounds).toHaveLength(1);
  });
});
