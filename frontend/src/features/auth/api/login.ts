import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiPost } from '@/lib/api-client';
import { setSessionToken } from '@/lib/session-token';

import type { LoginInput, TokenResponse } from '../types';

import { meQueryKey } from './get-me';

/** Messages are `validation.*` keys. Limits as the server's LoginRequest. */
export const loginInputSchema = z.object({
  username: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(64, 'tooLong')),
  password: z.string().check(z.minLength(1, 'required'), z.maxLength(128, 'tooLong')),
});

/** `POST /api/v1/auth/login`: the access token stays in memory; the refresh token arrives as a cookie. */
export async function login(input: LoginInput): Promise<TokenResponse> {
  const token = await apiPost('/api/v1/auth/login', { body: input, auth: false });
  setSessionToken(token.accessToken, token.expiresIn);
  return token;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    // whoever was signed in before, /me must be read again for this person
    onSuccess: () => queryClient.resetQueries({ queryKey: meQueryKey }),
  });
}
