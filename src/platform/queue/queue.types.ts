export interface JobOptions {
  /** A stable id makes a second add of the same job a no-op while the first is known to the queue. */
  jobId?: string;
  /**
   * With a jobId: a finished (completed or failed) job of that id is removed first, so the job runs again.
   * For re-enqueueing work whose earlier job ended without doing it (e.g. the database was down).
   */
  replaceFinished?: boolean;
  attempts?: number;
  /** First retry delay; doubles with every attempt. */
  backoffMs?: number;
  delayMs?: number;
}

export interface JobContext {
  id: string;
  attempt: number;
  /** The request id of whoever enqueued the job, for logs and outbound calls. */
  requestId?: string;
}

export type JobHandler<T> = (data: T, job: JobContext) => Promise<void>;

/** Thrown by `add` when the job could not be handed to the queue (Redis down): the caller's sweeper retries. */
export class EnqueueError extends Error {
  constructor(queue: string, cause: unknown) {
    super(`Could not enqueue on "${queue}": ${(cause as Error)?.message ?? cause}`);
    this.name = 'EnqueueError';
  }
}
