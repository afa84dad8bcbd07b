/**
 * Where to go after signing in. Only paths of this app are accepted (never `//host` or an absolute URL, which
 * would make the sign-in page an open redirect), and never the sign-in pages themselves.
 */
export function safeNextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/sign-in') || value.startsWith('/auth/callback')) return '/';
  return value;
}

const NEXT_KEY = 'carbon-market.auth.next';

/** Keeps `next` across the full-page round trip to an OpenID Connect provider (a path, not a secret). */
export function rememberNextPath(next: string) {
  try {
    sessionStorage.setItem(NEXT_KEY, safeNextPath(next));
  } catch {
    // storage blocked: the callback returns home
  }
}

/** The remembered `next` (once), else home. */
export function takeNextPath(): string {
  try {
    const next = sessionStorage.getItem(NEXT_KEY);
    sessionStorage.removeItem(NEXT_KEY);
    return safeNextPath(next);
  } catch {
    return '/';
  }
}
