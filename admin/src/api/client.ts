import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/**
 * The typed client of the Switchboard REST API. Its types come from `./schema` (generated from
 * openapi/openapi.json by `npm run openapi:update`, never edited by hand), so a call to a path, parameter or
 * body the backend does not document does not compile.
 *
 *   const { data, error } = await api.GET('/api/companies/{companyId}', { params: { path: { companyId } } });
 */
export type ApiClient = Client<paths>;

/** Returns the current access token (the JWT from /api/auth/login), or nothing when signed out. */
export type AccessTokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

const noToken: AccessTokenProvider = () => undefined;
let accessTokenProvider: AccessTokenProvider = noToken;

/** Tells the client where the bearer token comes from (the auth feature sets this); `null` removes it. */
export function setAccessTokenProvider(provider: AccessTokenProvider | null): void {
  accessTokenProvider = provider ?? noToken;
}

/** Adds `Authorization: Bearer <token>` while a token is available; a request that sets its own keeps it. */
export const bearerAuth: Middleware = {
  async onRequest({ request }) {
    const token = await accessTokenProvider();
    if (token && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

type UnauthorizedHandler = () => Promise<boolean>;
let unauthorizedHandler: UnauthorizedHandler | null = null;

/** Called when an API call (other than /api/auth/*) answers 401; resolves true when a retry may succeed. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler;
}

/**
 * A 401 means the access token expired or was revoked: renew it once through the refresh cookie and repeat the
 * request. The body is gone once sent, so a copy of each request is kept until its response arrives.
 */
const sentCopies = new Map<string, Request>();
const renewOn401: Middleware = {
  onRequest({ request, id }) {
    sentCopies.set(id, request.clone());
  },
  async onResponse({ request, response, id, options }) {
    const copy = sentCopies.get(id);
    sentCopies.delete(id);
    if (response.status !== 401 || !copy || !unauthorizedHandler) return response;
    if (new URL(request.url).pathname.startsWith('/api/auth/')) return response;
    if (!(await unauthorizedHandler())) return response;
    const token = await accessTokenProvider();
    if (token) copy.headers.set('Authorization', `Bearer ${token}`);
    return options.fetch(copy);
  },
  onError({ id }) {
    sentCopies.delete(id);
  },
};

export function createApiClient(options: ClientOptions = {}): ApiClient {
  const client = createClient<paths>({
    // Same origin: the backend serves the SPA, and Vite proxies /api in development. Spelled out rather than
    // '' because a Request outside a browser (Node's, in tests) cannot resolve a relative URL.
    baseUrl: window.location.origin,
    // Looked up per request rather than captured now, so tests can stub the global fetch.
    fetch: (request) => globalThis.fetch(request),
    ...options,
  });
  client.use(bearerAuth, renewOn401);
  return client;
}

export const api: ApiClient = createApiClient();
