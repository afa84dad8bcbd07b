/**
 * The access token, kept in memory only (never in localStorage or sessionStorage, where any script could read
 * it). The refresh token is an HttpOnly cookie that script cannot read at all; a reload starts with no access
 * token and gets a new one through the registered refresher (POST /api/v1/auth/refresh).
 */
export type SessionTokenStatus = 'unknown' | 'anonymous' | 'authenticated';

export type SessionTokenState = {
  /** `unknown` until the first refresh attempt has answered. */
  status: SessionTokenStatus;
  accessToken: string | null;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number | null;
};

/** Refresh this long before the access token expires (but never earlier than half its lifetime). */
const REFRESH_MARGIN_MS = 60_000;

let state: SessionTokenState = { status: 'unknown', accessToken: null, expiresAt: null };
const listeners = new Set<() => void>();
let refresher: (() => Promise<string | null>) | null = null;
let inFlight: Promise<string | null> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function publish(next: SessionTokenState) {
  state = next;
  for (const listener of listeners) listener();
}

export function getSessionToken(): SessionTokenState {
  return state;
}

export function getAccessToken(): string | null {
  return state.accessToken;
}

export function subscribeSessionToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Stores a new access token and schedules its silent refresh shortly before it expires. */
export function setSessionToken(accessToken: string, expiresInSeconds: number) {
  const lifetimeMs = Math.max(0, expiresInSeconds * 1000);
  clearTimeout(timer);
  const delay = Math.max(lifetimeMs / 2, lifetimeMs - REFRESH_MARGIN_MS);
  if (lifetimeMs > 0) timer = setTimeout(() => void refreshSessionToken(), delay);
  publish({ status: 'authenticated', accessToken, expiresAt: Date.now() + lifetimeMs });
}

/** Forgets the access token (signed out, or the session could not be refreshed). */
export function clearSessionToken() {
  clearTimeout(timer);
  publish({ status: 'anonymous', accessToken: null, expiresAt: null });
}

/** Back to the state of a fresh page load (tests). */
export function resetSessionToken() {
  clearTimeout(timer);
  inFlight = null;
  publish({ status: 'unknown', accessToken: null, expiresAt: null });
}

/** The app registers how to refresh (the auth feature's POST /api/v1/auth/refresh). */
export function setSessionRefresher(refresh: (() => Promise<string | null>) | null) {
  refresher = refresh;
}

/**
 * Gets a new access token through the refresher; concurrent callers share one request (the refresh cookie
 * rotates on every use, so two parallel refreshes would look like token theft to the server).
 * Resolves to the new token, or null when there is no session.
 */
export function refreshSessionToken(): Promise<string | null> {
  if (!refresher) return Promise.resolve(null);
  if (!inFlight) {
    const current = refresher()
      .catch(() => {
        clearSessionToken();
        return null;
      })
      .finally(() => {
        if (inFlight === current) inFlight = null;
      });
    inFlight = current;
  }
  return inFlight;
}
