import { Injectable } from '@nestjs/common';

/** Knows whether this instance is draining: readiness turns 503 the moment SIGTERM arrives (DESIGN §5). */
@Injectable()
export class LifecycleService {
  private shuttingDownSince: Date | null = null;

  get isShuttingDown(): boolean {
    return this.shuttingDownSince !== null;
  }

  beginShutdown(): void {
    this.shuttingDownSince ??= new Date();
  }
}
