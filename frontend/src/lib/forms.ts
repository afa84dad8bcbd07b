/**
 * Form helpers shared by the features: zod issues → per-field message keys, translation of those keys,
 * and moving focus to the first invalid field after a submit.
 */
import type { TFunction } from 'i18next';
import type * as z from 'zod/mini';

import type th from './i18n/locales/th.json';

export type FieldErrors = Record<string, string>;

/** Client-side validation messages are keys of `validation.*` in the locale files. */
export type ValidationMessage = keyof (typeof th)['validation'];

/** The first issue of each field, by its dotted path (`documents`, `taxId`, …). */
export function zodFieldErrors(error: z.core.$ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (!(field in errors)) errors[field] = issue.message;
  }
  return errors;
}

/**
 * A message from a client-side check (a `validation.*` key) in the current language; messages from the server
 * (problem `errors[]`) are shown as they came.
 */
export function validationText(t: TFunction, message: string): string {
  // A full key (`market.validation.money`) from a section of the locale files that a feature owns.
  if (/^(market|settlement|notifications)\./.test(message)) return (t as unknown as (key: string, options: { defaultValue: string }) => string)(message, { defaultValue: message });
  const key = `validation.${message}` as `validation.${ValidationMessage}`;
  return t(key, { defaultValue: message });
}

/** Translates every message of a field-error map. */
export function translateFieldErrors(t: TFunction, errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, validationText(t, message)]));
}

/** Focuses the first control marked `aria-invalid="true"` inside `container` (after a failed submit). */
export function focusFirstInvalid(container: HTMLElement | null) {
  const invalid = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
  invalid?.focus();
}

type SafeParser<T> = {
  safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: z.core.$ZodError };
};

/**
 * Checks a form's values with its zod schema: the data when valid; otherwise the translated message of each
 * field, with focus moved to the first invalid control of `form` once it has re-rendered.
 */
export function checkForm<T>(
  schema: SafeParser<T>,
  values: unknown,
  t: TFunction,
  form: HTMLElement | null,
): { data: T; errors: FieldErrors } | { data: null; errors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { data: parsed.data, errors: {} };
  requestAnimationFrame(() => focusFirstInvalid(form));
  return { data: null, errors: translateFieldErrors(t, zodFieldErrors(parsed.error)) };
}
