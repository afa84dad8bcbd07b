import { apiPost } from '@/lib/api-client';
import { isApiProblem } from '@/lib/api-problem';
import { clearSessionToken, setSessionToken } from '@/lib/session-token';

/**
 * `POST /api/v1/auth/refresh`: trades the HttpOnly refresh cookie for a new access token (the cookie rotates).
 * Resolves to the token, or null when there is no session (401). Registered with the API client as its
 * refresher; call `refreshSessionToken()` from `@/lib/session-token` rather than this, so calls are shared.
 */
export async function refreshAccessToken(): Promise<string | null> {
  try {
    const token = await apiPost('/api/v1/auth/refresh', { auth: false });
    setSessionToken(token.accessToken, token.expiresIn);
    return token.accessToken;
  } catch (error) {
    if (isApiProblem(error) && error.status === 401) {
      clearSessionToken();
      return null;
    }
    throw error;
  }
}
