import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession, type SessionState, type SessionUser } from './session';

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSession);
}

/** The signed-in user; only for components rendered behind RequireAuth. */
export function useUser(): SessionUser {
  const session = useSession();
  if (session.status !== 'signedIn') throw new Error('useUser outside a signed-in route');
  return session.user;
}

export function isOperator(user: SessionUser): boolean {
  return user.role === 'super_admin' || user.role === 'ops';
}
