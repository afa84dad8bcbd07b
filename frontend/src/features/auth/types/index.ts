/** Authentication types: derived by path from the generated OpenAPI types where the endpoint exists. */
import type { GetResponse, PostBody, PostResponse } from '@/lib/api/types';

export type { Role } from '@/lib/roles';

export type Me = GetResponse<'/api/v1/me'>;
export type TokenResponse = PostResponse<'/api/v1/auth/login'>;
export type LoginInput = PostBody<'/api/v1/auth/login'>;

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
/** `GET /api/v1/auth/providers`: an OpenID Connect provider people can sign in with. */
export type AuthProvider = {
  id: string;
  name: string;
  /** `/oauth2/authorization/{id}`: a full-page navigation starts the provider's sign-in. */
  loginUrl: string;
};
