// zod/mini: the tree-shakable build of zod 4, to keep the initial bundle small.
import * as z from 'zod/mini';

const EnvSchema = z.object({
  /** Origin of the backend, e.g. "https://carbon.example.go.th"; empty for same origin (the default). */
  API_BASE_URL: z._default(
    z.string().check(
      z.trim(),
      z.refine((value) => value === '' || /^https?:\/\/[^/\s]+(\/[^\s]*[^/\s])?$/.test(value), {
        message: 'must be empty (same origin) or an http(s) URL without a trailing slash',
      }),
    ),
    '',
  ),
});

export type Env = z.infer<typeof EnvSchema>;

/** Reads the `VITE_APP_*` variables, validates them and fails fast at start-up with a readable message. */
export function parseEnv(raw: Record<string, unknown>): Env {
  const values = Object.fromEntries(
    Object.entries(raw)
      .filter(([key]) => key.startsWith('VITE_APP_'))
      .map(([key, value]) => [key.slice('VITE_APP_'.length), value]),
  );
  const result = z.safeParse(EnvSchema, values);
  if (!result.success) {
    throw new Error(`Invalid environment configuration:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export const env: Env = parseEnv(import.meta.env);
