/** Authentication types: derived by path from the generated OpenAPI types where the endpoint exists. */
import type { GetResponse, PostBody, PostResponse } from '@/lib/api/types';

export type { Role } from '@/lib/roles';

export type Me = GetResponse<'/api/v1/me'>;
export type TokenResponse = PostResponse<'/api/v1/auth/login'>;
export type LoginInput = PostBody<'/api/v1/auth/login'>;

/** `GET /api/v1/auth/providers`: an OpenID Connect provider people can sign in with (`loginUrl` starts a full-page sign-in). */
export type AuthProvider = GetResponse<'/api/v1/auth/providers'>[number];
