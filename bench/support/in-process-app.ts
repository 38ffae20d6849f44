import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from 'src/bootstrap';
import { withTimeout } from 'src/platform/async';
import { appEnv, type BenchRun } from './harness';

/** For the benchmarks that measure the app inside their own process (no child, no HTTP hop unless they listen). */

const CLOSE_TIMEOUT_MS = 15_000;

/**
 * The whole app (APP_ROLE=all) on the run's scratch, not yet initialised: the caller listens or inits. Silent,
 * and with a tenant quota no benchmark reaches, so the numbers are the pipeline's, not the limiter's refusals.
 * Closed after measuring, within CLOSE_TIMEOUT_MS: app.close() can hang (e.g. Redis clients that never
 * connected), and the scratch must be dropped anyway.
 */
export async function createBenchApp(run: BenchRun): Promise<NestExpressApplication> {
  Object.assign(process.env, {
    ...appEnv(run.scratch),
    LOG_LEVEL: 'silent',
    TENANT_REQUESTS_PER_MINUTE: '1000000000',
    APP_ROLE: 'all',
  });
  const app = await createApp();
  run.defer(async (cleanup) => {
    cleanup.appClosed = false;
    await withTimeout(app.close(), CLOSE_TIMEOUT_MS, `app.close() did not finish in ${CLOSE_TIMEOUT_MS} ms`);
    cleanup.appClosed = true;
  });
  return app;
}
