/** Focuses the first control marked invalid inside `container` (after a failed submit). */
export function focusFirstInvalid(container: HTMLElement | null) {
  container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
