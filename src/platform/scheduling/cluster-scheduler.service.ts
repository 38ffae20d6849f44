import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { withClusterLock } from 'src/platform/database/cluster-lock';
import { QueueService } from 'src/platform/queue/queue.service';

export interface PeriodicTask {
  /** Unique name: also the cluster lock's. */
  name: string;
  intervalMs: number;
  /** Runs under the cluster lock; use the manager for queries that must hold it. */
  run: (manager: EntityManager) => Promise<void>;
}

/**
 * Periodic singleton work (DESIGN §5: sweeper, alert evaluation, cache warming, retention purge): runs on
 * worker instances only, once per cluster per round (a transaction-level advisory lock; another instance
 * holding it skips the round), never overlapping itself, and waits for a running round at shutdown.
 */
@Injectable()
export class ClusterScheduler implements OnApplicationShutdown {
  private readonly logger = new Logger('Scheduler');
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private closing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: QueueService,
  ) {}

  /** Schedules the task; a no-op on API-only instances. */
  every(task: PeriodicTask): void {
    if (!this.queue.isWorker) return;
    const timer = setInterval(() => void this.runOnce(task), task.intervalMs);
    timer.unref();
    this.timers.push(timer);
  }

  /** One round now (skipped when the previous round still runs or another instance holds the lock). */
  async runOnce(task: PeriodicTask): Promise<boolean> {
    if (this.closing || this.running.has(task.name)) return false;
    let ran = false;
    const round = withClusterLock(this.dataSource, task.name, async (manager) => {
      await task.run(manager);
      ran = true;
    })
      .catch((err: Error) => this.logger.warn(`${task.name} failed: ${err.message}`))
      .then(() => undefined)
      .finally(() => this.running.delete(task.name));
    this.running.set(task.name, round);
    await round;
    return ran;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    for (const timer of this.timers) clearInterval(timer);
    await Promise.allSettled([...this.running.values()]);
  }
}
