import { api, setAccessTokenProvider, setUnauthorizedHandler } from '../api/client';
import { unwrap } from '../api/call';
import type { components } from '../api/schema';

export type SessionUser = components['schemas']['UserDto'];
export type Role = SessionUser['role'];

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signedOut'; reason?: 'expired' | 'loggedOut' }
  | { status: 'signedIn'; user: SessionUser };

/**
 * The signed-in session. The access token lives in memory only (never in storage a script could read); the
 * refresh token is the backend's HttpOnly cookie on /api/auth, so a reload restores the session through
 * POST /api/auth/refresh, and a timer renews the access token before it expires.
 */
let state: SessionState = { status: 'restoring' };
let accessToken: string | null = null;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

setAccessTokenProvider(() => accessToken);

function publish(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

export function getSession(): SessionState {
  return state;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type TokenResponse = components['schemas']['TokenResponseDto'];

/** Starts a session from a token response (after login or refresh; tests use it to sign in directly). */
export function acceptTokens(tokens: TokenResponse) {
  accessToken = tokens.accessToken;
  clearTimeout(renewTimer);
  // Renew at 80% of the lifetime, so requests never carry an expired token.
  renewTimer = setTimeout(() => void refreshSession(), Math.max(5, tokens.expiresIn * 0.8) * 1000);
  publish({ status: 'signedIn', user: tokens.user });
}

function signOut(reason: 'expired' | 'loggedOut') {
  accessToken = null;
  clearTimeout(renewTimer);
  publish({ status: 'signedOut', reason });
}

export async function login(email: string, password: string): Promise<SessionUser> {
  const tokens = await unwrap(api.POST('/api/auth/login', { body: { email, password } }));
  acceptTokens(tokens);
  return tokens.user;
}

/** Exchanges the refresh cookie for a new access token; concurrent callers share one request. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= unwrap(api.POST('/api/auth/refresh', {}))
    .then((tokens) => {
      acceptTokens(tokens);
      return true;
    })
    .catch(() => {
      signOut(state.status === 'signedIn' ? 'expired' : 'loggedOut');
      return false;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export async function logout(): Promise<void> {
  try {
    await api.POST('/api/auth/logout', {});
  } finally {
    signOut('loggedOut');
  }
}

/** A 401 on an API call means the token was revoked or expired early: try one refresh, else sign out. */
setUnauthorizedHandler(() => (state.status === 'signedIn' ? refreshSession() : Promise.resolve(false)));
