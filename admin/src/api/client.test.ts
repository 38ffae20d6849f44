import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, setAccessTokenProvider } from './client';

/** Stubs global fetch with a 200 JSON answer and returns the mock, whose calls hold the sent Requests. */
function stubFetch() {
  const fetchMock = vi.fn(
    async (_request: Request): Promise<Response> =>
      new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function sentRequest(fetchMock: ReturnType<typeof stubFetch>): Request {
  expect(fetchMock).toHaveBeenCalledTimes(1);
  const request = fetchMock.mock.calls[0]?.[0];
  if (!request) throw new Error('fetch was called without a Request');
  return request;
}

describe('api client', () => {
  afterEach(() => setAccessTokenProvider(null));

  it('sends the bearer token from the access token provider to the same origin', async () => {
    const fetchMock = stubFetch();
    setAccessTokenProvider(() => 'token-123');

    await api.GET('/api/auth/me');

    const request = sentRequest(fetchMock);
    expect(request.headers.get('Authorization')).toBe('Bearer token-123');
    expect(new URL(request.url).origin).toBe(window.location.origin);
    expect(new URL(request.url).pathname).toBe('/api/auth/me');
  });

  it('awaits an asynchronous provider', async () => {
    const fetchMock = stubFetch();
    setAccessTokenProvider(async () => 'token-async');

    await api.GET('/api/auth/me');

    expect(sentRequest(fetchMock).headers.get('Authorization')).toBe('Bearer token-async');
  });

  it('sends no Authorization header without a token', async () => {
    const fetchMock = stubFetch();
    setAccessTokenProvider(() => null);

    await api.GET('/api/auth/me');

    expect(sentRequest(fetchMock).headers.has('Authorization')).toBe(false);
  });

  it('sends no Authorization header when no provider is set', async () => {
    const fetchMock = stubFetch();

    await api.GET('/api/auth/me');

    expect(sentRequest(fetchMock).headers.has('Authorization')).toBe(false);
  });
});
