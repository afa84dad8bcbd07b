/**
 * Thai 13-digit juristic person ID / citizen ID. The last digit is a check digit, computed as the backend does:
 * (11 − (Σ dᵢ·(14−i), i = 1..12) mod 11) mod 10.
 */
export function taxIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

export function isTaxIdFormat(value: string): boolean {
  return /^\d{13}$/.test(value);
}

export function isValidTaxId(value: string): boolean {
  return isTaxIdFormat(value) && taxIdCheckDigit(value.slice(0, 12)) === Number(value[12]);
}
