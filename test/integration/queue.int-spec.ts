import { loadAppConfig, loadRedisConfig } from 'src/config';
import { RequestContext } from 'src/platform/logging/request-context';
import { QueueService } from 'src/platform/queue/queue.service';
import { EnqueueError } from 'src/platform/queue/queue.types';
import { eventually } from 'test/support/eventually';
import { TcpProxy } from 'test/support/tcp-proxy';
import { redisPrefix, runId, TEST_REDIS_URL } from 'test/support/test-env';

const until = async (cond: () => boolean, ms = 5000) => {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};

let n = 0;
function queueService(env: Record<string, string | undefined>): QueueService {
  const redis = loadRedisConfig({
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: `${redisPrefix(runId())}:queue${++n}`,
    ...env,
  });
  return new QueueService(redis, loadAppConfig({ APP_ROLE: env.APP_ROLE }));
}

describe('QueueService', () => {
  const services: QueueService[] = [];
  const make = (env: Record<string, string | undefined> = {}) => {
    const s = queueService(env);
    services.push(s);
    return s;
  };
  afterAll(() => Promise.all(services.map((s) => s.onApplicationShutdown())));

  it('runs Bull jobs on Redis with the enqueuing request id, retrying failures with backoff', async () => {
    const queue = make();
    const seen: { data: unknown; attempt: number; requestId?: string }[] = [];
    queue.process<{ n: number }>('test', 'flaky', async (data, job) => {
      seen.push({ data, attempt: job.attempt, requestId: job.requestId });
      if (job.attempt < 3) throw new Error('transient');
    });
    await RequestContext.run({ requestId: 'req-42' }, () =>
      queue.add('test', 'flaky', { n: 1 }, { attempts: 3, backoffMs: 10 }),
    );
    await until(() => seen.length === 3);
    expect(seen).toEqual([1, 2, 3].map((attempt) => ({ data: { n: 1 }, attempt, requestId: 'req-42' })));
  });

  it('a job id makes a second add a no-op', async () => {
    const queue = make();
    let runs = 0;
    queue.process('test', 'once', async () => {
      runs++;
    });
    await queue.add('test', 'once', {}, { jobId: 'same' });
    await queue.add('test', 'once', {}, { jobId: 'same' });
    await until(() => runs >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(runs).toBe(1);
  });

  it('api instances enqueue but do not process; a worker instance picks the job up', async () => {
    const prefix = `${redisPrefix(runId())}:roles`;
    const api = make({ APP_ROLE: 'api', REDIS_KEY_PREFIX: prefix });
    const worker = make({ APP_ROLE: 'worker', REDIS_KEY_PREFIX: prefix });
    const ran: string[] = [];
    api.process('roles', 'job', async () => void ran.push('api'));
    await api.add('roles', 'job', {});
    await new Promise((r) => setTimeout(r, 300));
    expect(ran).toEqual([]);
    worker.process('roles', 'job', async () => void ran.push('worker'));
    await until(() => ran.length === 1);
    expect(ran).toEqual(['worker']);
  });

  it('gives up fast with EnqueueError when Redis is unreachable, and recovers when it returns', async () => {
    const proxy = await TcpProxy.start(Number(new URL(TEST_REDIS_URL).port || 6379));
    proxy.cut();
    try {
      const queue = make({ REDIS_URL: proxy.wrap(TEST_REDIS_URL) });
      const ran: number[] = [];
      queue.process<{ n: number }>('test', 'later', async ({ n }) => void ran.push(n));
      const started = Date.now();
      await expect(queue.add('test', 'later', { n: 1 }, { jobId: 'event-1' })).rejects.toBeInstanceOf(EnqueueError);
      expect(Date.now() - started).toBeLessThan(2000);
      // When Redis returns the same queue works again without a restart; re-adding the job (as a sweeper
      // does) runs it exactly once, even though the timed-out first add may still have landed.
      proxy.restore();
      await eventually(
        () =>
          queue.add('test', 'later', { n: 1 }, { jobId: 'event-1' }).then(
            () => true,
            () => false,
          ),
        'enqueued after Redis returned',
        10_000,
      );
      await until(() => ran.length === 1);
      await new Promise((r) => setTimeout(r, 300));
      expect(ran).toEqual([1]);
    } finally {
      await proxy.close();
    }
  });

  it('fails at once, without waiting out the timeout, while a connection it had is lost', async () => {
    const proxy = await TcpProxy.start(Number(new URL(TEST_REDIS_URL).port || 6379));
    try {
      const queue = make({ REDIS_URL: proxy.wrap(TEST_REDIS_URL) });
      await queue.add('test', 'lost', { n: 1 }); // connected
      proxy.cut();
      const outcome = async () =>
        queue.add('test', 'lost', { n: 2 }).then(
          () => 'enqueued',
          (err: Error) => `${err.name}: ${err.message}`,
        );
      // Once the client has noticed the drop, the answer is the known-lost one, not the 1 s timeout.
      await eventually(
        async () => /^EnqueueError: .*connection lost/.test(await outcome()),
        'known-lost answer',
        10_000,
      );
      proxy.restore();
      await eventually(async () => (await outcome()) === 'enqueued', 'enqueued after Redis returned', 10_000);
    } finally {
      await proxy.close();
    }
  });

  it('replaceFinished runs a job again whose earlier run of the same id failed for good', async () => {
    const queue = make();
    let runs = 0;
    queue.process('test', 'again', async () => {
      runs++;
      if (runs === 1) throw new Error('database down');
    });
    await queue.add('test', 'again', {}, { jobId: 'again-1', attempts: 1 });
    await until(() => runs === 1);
    await new Promise((r) => setTimeout(r, 200));
    await queue.add('test', 'again', {}, { jobId: 'again-1' });
    await new Promise((r) => setTimeout(r, 300));
    expect(runs).toBe(1); // the failed job's id still blocks a plain add
    await queue.add('test', 'again', {}, { jobId: 'again-1', replaceFinished: true });
    await until(() => runs === 2);
  });

  it('runs jobs in-process with the same retries in embedded mode (no REDIS_URL)', async () => {
    const queue = make({ REDIS_URL: undefined });
    expect(queue.embedded).toBe(true);
    const attempts: number[] = [];
    queue.process('test', 'inline', async (_data, job) => {
      attempts.push(job.attempt);
      if (job.attempt === 1) throw new Error('once');
    });
    await queue.add('test', 'inline', {}, { attempts: 2, backoffMs: 10 });
    await until(() => attempts.length === 2);
    expect(attempts).toEqual([1, 2]);
  });
});
