import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { appConfig, ConfigError, validateAllConfig } from 'src/config';
import { createApp } from 'src/bootstrap';
import { LifecycleService } from 'src/ops/health/lifecycle.service';
import { sleep } from 'src/platform/async';
import type { Server } from 'node:http';

async function main(): Promise<void> {
  try {
    validateAllConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      // Before any logger exists: one clear line naming the variable, then stop.
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const config = appConfig();
  const app = await createApp();
  await app.listen(config.port);
  const logger = new Logger('Bootstrap');
  logger.log(`Listening on :${config.port} (${config.publicBaseUrl})`);

  const lifecycle = app.get(LifecycleService);
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    lifecycle.beginShutdown();
    // SIGTERM comes from the orchestrator: keep serving while load balancers notice readiness is 503.
    const delay = signal === 'SIGTERM' ? config.shutdownDelayMs : 0;
    logger.log(`${signal}: readiness is 503; draining in ${delay} ms, grace ${config.shutdownGraceMs} ms`);
    await sleep(delay);
    const force = setTimeout(() => {
      logger.error('Grace period exceeded; exiting with work still in flight');
      process.exit(1);
    }, config.shutdownGraceMs);
    force.unref();
    // Stop accepting first and let the requests already accepted finish, while every module is still up; only
    // then tear the modules down (Nest would run their destroy hooks before closing the server).
    await stopAccepting(app.getHttpServer() as Server);
    await app.close();
    logger.log('Shut down cleanly');
    process.exit(0);
  };
  const onSignal = (signal: NodeJS.Signals) =>
    shutdown(signal).catch((err: unknown) => {
      logger.error(`Shutdown failed: ${err instanceof Error ? err.message : err}`);
      process.exit(1);
    });
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

/** Closes the listener and idle keep-alive connections; resolves once every accepted request is answered. */
function stopAccepting(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

main().catch((err: unknown) => {
  console.error('Switchboard failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
