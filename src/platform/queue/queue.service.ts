import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Bull from 'bull';
import IORedis from 'ioredis';
import { appConfig, redisConfig, type AppConfig, type RedisConfig } from 'src/config';
import { sleep, withTimeout } from 'src/platform/async';
import { RequestContext } from 'src/platform/logging/request-context';
import { EnqueueError, JobContext, JobHandler, JobOptions } from './queue.types';

const ENQUEUE_TIMEOUT_MS = 1000;
const STATS_TIMEOUT_MS = 1500;

/** One queue's backlog, for the dashboard. */
export interface QueueStats {
  name: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  /** Age in seconds of the job waiting longest, null when none waits. */
  oldestWaitingAgeSeconds: number | null;
}

interface Envelope<T> {
  data: T;
  requestId?: string;
}

/**
 * Background jobs. With Redis they are Bull jobs, processed by instances whose APP_ROLE includes the
 * worker; in embedded mode (no REDIS_URL) they run in this process with the same retries and backoff.
 */
@Injectable()
export class QueueService implements OnApplicationShutdown {
  private readonly logger = new Logger('Queue');
  private readonly queues = new Map<string, Bull.Queue>();
  private readonly inlineHandlers = new Map<string, JobHandler<unknown>>();
  private readonly inlineRunning = new Set<Promise<void>>();
  /** Embedded mode: jobs in flight per queue (waiting out a delay or backoff included). */
  private readonly inlineActive = new Map<string, number>();
  /** Bull does not close clients made by a custom createClient: we do, at shutdown. */
  private readonly clients = new Set<IORedis>();
  /** Queues whose command connection dropped and has not been ready since: enqueueing fails at once. */
  private readonly disconnected = new Set<string>();
  private closing = false;

  constructor(
    @Inject(redisConfig.KEY) private readonly redis: RedisConfig,
    @Inject(appConfig.KEY) private readonly app: AppConfig,
  ) {}

  get embedded(): boolean {
    return this.redis.embedded;
  }

  /** Does this instance process jobs? (APP_ROLE `worker` or `all`.) */
  get isWorker(): boolean {
    return this.app.role !== 'api';
  }

  async add<T>(queue: string, name: string, data: T, options: JobOptions = {}): Promise<void> {
    const envelope: Envelope<T> = { data, requestId: RequestContext.requestId() };
    if (this.embedded) {
      this.runInline(queue, name, envelope, options);
      return;
    }
    try {
      const bull = this.queue(queue);
      // While Redis is known to be gone, waiting out the timeout would only slow every caller down (a webhook
      // burst during the outage would be acknowledged a second late, each): fail now, sweepers retry later.
      if (this.disconnected.has(queue)) throw new Error('Redis connection lost; not waiting for it');
      const job = { name, envelope };
      // Enqueueing gives up after ENQUEUE_TIMEOUT_MS (Redis down); callers' sweepers enqueue again later, and
      // jobs carry stable ids, so a command that still lands after the timeout adds no second job.
      // Bull's add and getJob wait for the queue to be ready themselves: no isReady() round of our own.
      const add = () =>
        bull.add(job.name, job.envelope, {
          jobId: options.jobId,
          attempts: options.attempts ?? 5,
          backoff: { type: 'exponential', delay: options.backoffMs ?? 1000 },
          delay: options.delayMs,
          // Counts, not `true`: job.finished() never resolves for a job removed on completion.
          removeOnComplete: 1000,
          removeOnFail: 5000,
        });
      const jobId = options.replaceFinished ? options.jobId : undefined;
      await withTimeout(jobId ? this.removeFinished(bull, jobId).then(add) : add(), ENQUEUE_TIMEOUT_MS);
    } catch (err) {
      throw new EnqueueError(queue, err);
    }
  }

  private async removeFinished(bull: Bull.Queue, jobId: string): Promise<void> {
    const existing = await bull.getJob(jobId);
    if (existing && ((await existing.isCompleted()) || (await existing.isFailed()))) await existing.remove();
  }

  /** Registers the handler of one job name; it runs only on worker instances. */
  process<T>(queue: string, name: string, handler: JobHandler<T>, concurrency = 4): void {
    const key = `${queue}:${name}`;
    if (this.embedded) {
      this.inlineHandlers.set(key, handler as JobHandler<unknown>);
      return;
    }
    if (!this.isWorker) return;
    this.queue(queue)
      .process(name, concurrency, async (job: Bull.Job<Envelope<T>>) => {
        const context: JobContext = {
          id: String(job.id),
          attempt: job.attemptsMade + 1,
          requestId: job.data.requestId,
        };
        await RequestContext.run({ requestId: job.data.requestId ?? `job:${job.id}` }, () =>
          handler(job.data.data, context),
        );
      })
      // Bull rethrows start-up failures (e.g. Redis gone while closing); a log line, not a crashed process.
      .catch((err: Error) => this.logger.warn(`Queue "${queue}" processor stopped: ${err.message}`));
  }

  /** For health checks and the dashboard: the Bull queue (null in embedded mode). */
  bullQueue(queue: string): Bull.Queue | null {
    return this.embedded ? null : this.queue(queue);
  }

  /**
   * Backlog of every queue this instance has used: Bull's counts, or in embedded mode the jobs in flight in
   * this process. A queue that cannot be read in time (Redis down) is left out.
   */
  async stats(): Promise<QueueStats[]> {
    if (this.embedded) {
      return [...this.inlineActive].map(([name, active]) => ({
        name,
        waiting: 0,
        active,
        delayed: 0,
        failed: 0,
        oldestWaitingAgeSeconds: null,
      }));
    }
    const read = async (name: string, queue: Bull.Queue): Promise<QueueStats> => {
      const [counts, [oldest]] = await Promise.all([queue.getJobCounts(), queue.getWaiting(0, 0)]);
      return {
        name,
        waiting: counts.waiting,
        active: counts.active,
        delayed: counts.delayed,
        failed: counts.failed,
        oldestWaitingAgeSeconds: oldest ? Math.max(0, Math.round((Date.now() - oldest.timestamp) / 1000)) : null,
      };
    };
    // A queue that cannot be read (Redis down) is left out rather than failing the whole report.
    const results = await Promise.allSettled(
      [...this.queues].map(([name, queue]) => withTimeout(read(name, queue), STATS_TIMEOUT_MS)),
    );
    return results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  }

  async ping(): Promise<void> {
    if (this.embedded) return;
    const queue = this.queues.values().next().value ?? this.queue('default');
    await queue.isReady();
    await queue.client.ping();
  }

  private queue(name: string): Bull.Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Bull(name, this.redis.url!, {
        prefix: `${this.redis.keyPrefix}:bull`,
        createClient: (type, redisOpts) => {
          // Commands wait across reconnects (Bull's script loading fails for good otherwise); enqueueing is
          // bounded by ENQUEUE_TIMEOUT_MS instead. Bull's default backoff grows to 20 s: cap it at 2 s.
          const client = new IORedis(this.redis.url!, {
            ...redisOpts,
            connectTimeout: 2000,
            retryStrategy: (times: number) => Math.min(100 * 2 ** times, 2000),
            maxRetriesPerRequest: null,
            ...(type === 'client' ? {} : { enableReadyCheck: false }),
          });
          this.clients.add(client);
          if (type === 'client') {
            client.on('close', () => this.disconnected.add(name));
            client.on('ready', () => this.disconnected.delete(name));
          }
          return client;
        },
      });
      let lastLogged = 0;
      queue.on('error', (err) => {
        if (Date.now() - lastLogged > 10_000) {
          lastLogged = Date.now();
          this.logger.warn(`Queue "${name}": ${err.message}`);
        }
      });
      queue.on('failed', (job, err) =>
        this.logger.warn(`Job ${name}/${job.name} #${job.id} failed (attempt ${job.attemptsMade}): ${err.message}`),
      );
      this.queues.set(name, queue);
    }
    return queue;
  }

  private runInline<T>(queue: string, name: string, envelope: Envelope<T>, options: JobOptions): void {
    const handler = this.inlineHandlers.get(`${queue}:${name}`);
    if (!handler) {
      this.logger.warn(`No handler for job ${queue}/${name}; dropped (embedded mode)`);
      return;
    }
    const attempts = options.attempts ?? 5;
    const id = options.jobId ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const run = async () => {
      if (options.delayMs) await sleep(options.delayMs);
      for (let attempt = 1; attempt <= attempts && !this.closing; attempt++) {
        try {
          await RequestContext.run({ requestId: envelope.requestId ?? `job:${id}` }, () =>
            handler(envelope.data, { id, attempt, requestId: envelope.requestId }),
          );
          return;
        } catch (err) {
          this.logger.warn(`Job ${queue}/${name} #${id} failed (attempt ${attempt}): ${(err as Error).message}`);
          if (attempt < attempts) await sleep((options.backoffMs ?? 1000) * 2 ** (attempt - 1));
        }
      }
    };
    this.inlineActive.set(queue, (this.inlineActive.get(queue) ?? 0) + 1);
    const promise = run().finally(() => {
      this.inlineRunning.delete(promise);
      this.inlineActive.set(queue, this.inlineActive.get(queue)! - 1);
    });
    this.inlineRunning.add(promise);
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.inlineRunning]);
    // Bull's close waits for active jobs to finish before it disconnects.
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    for (const client of this.clients) client.disconnect();
  }
}
