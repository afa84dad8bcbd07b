import * as z from 'zod/mini';

/**
 * The documented serial format (docs/api.md "Serial numbers"): one credit `TVER-<project>-<vintage>-<serial>`
 * or a block `TVER-<project>-<vintage>-<first>-<last>`; the project code is upper-case letters and digits in
 * hyphen-separated groups, the vintage a CE year, serials 9 to 18 digits. Lower case is accepted.
 */
export const SERIAL_PATTERN = /^TVER-[A-Z0-9]+(?:-[A-Z0-9]+)*-\d{4}-\d{9,18}(?:-\d{9,18})?$/;

export const SERIAL_EXAMPLE = 'TVER-DLA-WWB-2023-000000042';

export const SerialSchema = z.pipe(
  z.string().check(z.trim(), z.toUpperCase()),
  z.string().check(z.minLength(1, 'required'), z.regex(SERIAL_PATTERN, 'format')),
);

export type SerialCheck = { ok: true; serial: string } | { ok: false; reason: 'required' | 'format' };

/** Normalises (trim, upper case) and checks a serial typed by someone. */
export function checkSerial(input: string): SerialCheck {
  const result = z.safeParse(SerialSchema, input);
  if (result.success) return { ok: true, serial: result.data };
  return { ok: false, reason: result.error.issues[0]?.message === 'required' ? 'required' : 'format' };
}

/** `123` → `000000123` (serials are written with at least 9 digits). */
export function padSerial(value: number): string {
  return String(value).padStart(9, '0');
}
