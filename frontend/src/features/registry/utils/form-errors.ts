import type { TFunction } from 'i18next';
import type * as z from 'zod/mini';

export type FieldErrors = Record<string, string>;

/**
 * The first issue of each field, translated: client-side message codes are keys of `registry.validation.*`.
 * `name` turns zod's path into the field name the form (and the server) uses.
 */
export function validationErrors(
  error: z.core.$ZodError,
  t: TFunction,
  name: (path: readonly PropertyKey[]) => string = (path) => path.map(String).join('.'),
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = name(issue.path);
    if (!(field in errors)) errors[field] = t(`registry.validation.${issue.message}` as 'registry.validation.required');
  }
  return errors;
}

/** Focuses the first control marked invalid inside `container` once React has rendered the messages. */
export function focusFirstInvalidSoon(container: HTMLElement | null) {
  requestAnimationFrame(() => container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
