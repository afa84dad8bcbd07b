/**
 * Colour classes for the map: a colour-blind-safe sequential palette (viridis steps, light = little,
 * dark = much; distinguishable with deuteranopia, protanopia and tritanopia, and in greyscale) and class bounds
 * from the quantiles of the non-zero values, rounded to readable numbers. Zero gets its own neutral class.
 */
export const ZERO_COLOUR = '#e4e9e6';

/** Viridis at 5 steps, reversed (low values light). */
export const PALETTE = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;

/** Text that stays readable on each palette step (contrast ≥ 4.5:1). */
export const INK = ['#16241c', '#16241c', '#ffffff', '#ffffff', '#ffffff'] as const;

export type ColourClass = {
  /** Index in PALETTE, or -1 for the zero class. */
  index: number;
  /** Inclusive bounds. */
  min: number;
  max: number;
  colour: string;
  ink: string;
};

/** 1234 → 1200, 87 → 90, 3 → 3: two significant digits, so legend bounds read easily. */
export function niceRound(value: number): number {
  if (value < 10) return Math.round(value);
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/** Up to five classes over the non-zero values (fewer when there are few distinct values), plus zero. */
export function colourClasses(values: readonly number[]): ColourClass[] {
  const classes: ColourClass[] = [{ index: -1, min: 0, max: 0, colour: ZERO_COLOUR, ink: '#16241c' }];
  const positive = values.filter((value) => value > 0).sort((a, b) => a - b);
  if (positive.length === 0) return classes;
  const max = positive[positive.length - 1]!;
  const uppers: number[] = [];
  for (let step = 1; step < PALETTE.length; step++) {
    const at = positive[Math.min(positive.length - 1, Math.floor((positive.length * step) / PALETTE.length))]!;
    const upper = Math.max(1, niceRound(at));
    if (upper < max && !uppers.includes(upper) && (uppers.length === 0 || upper > uppers[uppers.length - 1]!)) {
      uppers.push(upper);
    }
  }
  uppers.push(max);
  // Spread the classes over the palette so that the top class is always the darkest.
  const offset = PALETTE.length - uppers.length;
  let min = 1;
  uppers.forEach((upper, position) => {
    const index = position + offset;
    classes.push({ index, min, max: upper, colour: PALETTE[index]!, ink: INK[index]! });
    min = upper + 1;
  });
  return classes;
}

export function classOf(value: number, classes: readonly ColourClass[]): ColourClass {
  if (value <= 0) return classes[0]!;
  return classes.find((candidate) => candidate.index >= 0 && value <= candidate.max) ?? classes[classes.length - 1]!;
}
