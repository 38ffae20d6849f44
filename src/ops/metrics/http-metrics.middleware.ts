import type { NextFunction, Request, Response } from 'express';
import { Histogram } from 'prom-client';
import { METRICS, singleton } from 'src/platform/metrics/metric-names';

const histogram = singleton(
  METRICS.httpRequestDuration,
  () =>
    new Histogram({
      name: METRICS.httpRequestDuration,
      help: 'HTTP request duration by method, matched route pattern and status code',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    }),
);

/**
 * Measures every request, including those refused by guards or body parsing. The label is the matched
 * route pattern (`/api/companies/:companyId`), never the raw URL, so label values stay bounded.
 */
export function httpMetricsMiddleware(req: Request, res: Response, next: NextFunction): void {
  const end = histogram.startTimer();
  res.once('finish', () => {
    const path = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : undefined;
    // Nest answers unknown routes through a catch-all (`{/*splat}`): that is no route of ours.
    const route = path && !path.includes('*') ? path : req.originalUrl.startsWith('/admin') ? '/admin' : 'unmatched';
    end({ method: req.method, route, status: String(res.statusCode) });
  });
  next();
}
