import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { appConfig, type AppConfig } from 'src/config';

/** Paths pino blanks out wherever they appear: credentials must never reach a log line. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-retell-signature"]',
  'req.headers["stripe-signature"]',
  'req.headers["x-cal-signature-256"]',
  'res.headers["set-cookie"]',
  '*.apiKey',
  '*.password',
  '*.secret',
  '*.webhookKey',
  '*.accessToken',
  '*.refreshToken',
];

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          // The id set by requestIdMiddleware (caller's x-request-id or a new one).
          genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? 'unknown',
          redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
          // Bodies are never logged; the URL without its query string (tokens could hide there).
          serializers: {
            req: (req: { id: string; method: string; url: string; headers: Record<string, unknown> }) => ({
              id: req.id,
              method: req.method,
              url: req.url?.split('?')[0],
              userAgent: req.headers?.['user-agent'],
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          customLogLevel: (_req: IncomingMessage, res: { statusCode: number }, err?: Error) =>
            err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          autoLogging: { ignore: (req: IncomingMessage) => /^\/(health\/|metrics)/.test(req.url ?? '') },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
