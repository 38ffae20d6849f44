import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export interface RequestContextData {
  requestId: string;
  /** The client address (behind TRUST_PROXY), for the audit log. */
  ip?: string;
}

const storage = new AsyncLocalStorage<RequestContextData>();

/** The request id of the current request or job, for logs, outbound calls and error envelopes. */
export const RequestContext = {
  current(): RequestContextData | undefined {
    return storage.getStore();
  },
  requestId(): string | undefined {
    return storage.getStore()?.requestId;
  },
  ip(): string | undefined {
    return storage.getStore()?.ip;
  },
  run<T>(data: RequestContextData, fn: () => T): T {
    return storage.run(data, fn);
  },
};

const VALID_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Takes a sane `x-request-id` from the caller (or makes one), echoes it, and scopes the request to it. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && VALID_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  (req as Request & { id: string }).id = requestId;
  res.setHeader('x-request-id', requestId);
  storage.run({ requestId, ip: req.ip }, next);
}
