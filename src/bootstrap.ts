import { Logger as NestLogger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppModule } from 'src/app.module';
import { appConfig, databaseConfig, redisConfig, type AppConfig } from 'src/config';
import { httpMetricsMiddleware } from 'src/ops/metrics/http-metrics.middleware';
import { AllExceptionsFilter, sendError } from 'src/platform/errors/all-exceptions.filter';
import { AppError } from 'src/platform/errors/app-error';
import { jsonDepthExceeds, validationError } from 'src/platform/errors/validation';
import { requestIdMiddleware } from 'src/platform/logging/request-context';

/** Default body limit; routes that need more (Retell's transcripts) get their own parser. */
const JSON_LIMIT = '1mb';
/** Retell's routes: a long call's transcript object (words with timings) runs to megabytes. */
const RETELL_JSON_LIMIT = '10mb';
const RETELL_PATHS = ['/api/mcp/retell', '/api/retell', '/api/webhooks/retell/function'];
const JSON_TYPES = ['application/json', 'application/*+json'];
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/**
 * Deepest JSON body accepted. Real payloads (Retell transcripts with word timings, Stripe and Cal.com events)
 * stay under ten levels; class-transformer and class-validator recurse once per level, so a body of 10,000
 * nested objects overflowed the stack and came back as a 500 (and as INTERNAL from MCP and voice tools).
 */
const MAX_JSON_DEPTH = 64;

/** Builds the whole application as production runs it; tests use the same function. */
export async function createApp(): Promise<NestExpressApplication> {
  const config = appConfig();
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({ serveApi: config.role !== 'worker' }),
    {
      bufferLogs: true,
      bodyParser: false,
    },
  );
  configureApp(app, config);
  logModes(config);
  return app;
}

export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  app.use(httpMetricsMiddleware);
  app.use(rejectNonJsonBodies);
  // The raw bytes are kept for webhook signatures, which are computed over the body as sent. A body parsed
  // by the Retell parser is skipped by the default one.
  app.use(RETELL_PATHS, jsonParser(RETELL_JSON_LIMIT));
  app.use(jsonParser(JSON_LIMIT));
  app.use(rejectDeepBodies);
  const bodyErrors = new NestLogger('Body');
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => sendError(res, req, err, bodyErrors));
  // Only the auth routes read cookies (the refresh token).
  app.use('/api/auth', cookieParser());
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, credentials: true });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationError,
    }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());
  if (config.role !== 'worker') {
    serveAdmin(app, config);
    setupOpenApi(app, config);
  }
}

function jsonParser(limit: string) {
  return express.json({
    limit,
    type: JSON_TYPES,
    verify: (req, _res, buf) => ((req as Request & { rawBody?: Buffer }).rawBody = buf),
  });
}

/** A body that is not JSON is refused with 415 before anything parses it. */
function rejectNonJsonBodies(req: Request, res: Response, next: NextFunction): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (BODY_METHODS.has(req.method) && hasBody && !req.is(JSON_TYPES)) {
    sendError(
      res,
      req,
      new AppError('UNSUPPORTED_MEDIA_TYPE', 'Request body must be application/json'),
      new NestLogger('Body'),
    );
    return;
  }
  next();
}

/** A body nested deeper than MAX_JSON_DEPTH is refused with 400 before signatures, guards or pipes walk it. */
function rejectDeepBodies(req: Request, _res: Response, next: NextFunction): void {
  if (jsonDepthExceeds(req.body, MAX_JSON_DEPTH)) {
    next(AppError.invalid('body', 'maxDepth', `JSON bodies may be nested at most ${MAX_JSON_DEPTH} levels deep`));
    return;
  }
  next();
}

/** The admin SPA at /admin (built by Vite), with client-side routes falling back to index.html. */
function serveAdmin(app: NestExpressApplication, config: AppConfig): void {
  const dir = resolve(config.adminDistDir ?? join(__dirname, '..', '..', 'admin', 'dist'));
  const index = join(dir, 'index.html');
  const logger = new NestLogger('Admin');
  if (!existsSync(index)) {
    logger.warn(`Admin SPA not built (${index} missing): run \`npm run build\` to serve /admin`);
    return;
  }
  app.use('/admin', express.static(dir, { index: false, maxAge: '1h', fallthrough: true }));
  app.use('/admin', (req: Request, res: Response, next: NextFunction) =>
    // Relative to `root`: send refuses absolute paths with a dot segment (a deployment under ~/.local, say).
    req.method === 'GET' ? res.setHeader('Cache-Control', 'no-cache').sendFile('index.html', { root: dir }) : next(),
  );
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.method === 'GET' && req.path === '/' ? res.redirect('/admin/') : next(),
  );
}

function setupOpenApi(app: NestExpressApplication, config: AppConfig): void {
  const document = SwaggerModule.createDocument(app, buildOpenApiConfig(config.version));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
}

export function buildOpenApiConfig(version: string) {
  return new DocumentBuilder()
    .setTitle('Switchboard API')
    .setDescription('Admin REST API of Switchboard: tenants, integrations, calls, operations.')
    .setVersion(version)
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      description: 'JWT from /api/auth/login, or a company API key (swb_…)',
    })
    .build();
}

function logModes(config: AppConfig): void {
  const logger = new NestLogger('Bootstrap');
  const database = databaseConfig();
  const redis = redisConfig();
  if (database.embedded) {
    logger.warn(
      `Embedded mode: no DATABASE_URL, PostgreSQL runs in-process (PGlite, data in ${database.pgliteDir}). Not for production.`,
    );
  }
  if (redis.embedded) {
    logger.warn('Embedded mode: no REDIS_URL, the cache is in memory and jobs run in-process. Not for production.');
  }
  logger.log(`Switchboard ${config.version}, role ${config.role}`);
}
