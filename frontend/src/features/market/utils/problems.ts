import type { TFunction } from 'i18next';

import { isApiProblem } from '@/lib/api-problem';
import { translateProblem, type UiProblem } from '@/lib/problem-translation';

/** Problem types of the market and settlement (docs/api.md) with their own explanation in `market.problems.*`. */
const MARKET_PROBLEMS = [
  'buyer-not-verified',
  'maker-cannot-approve',
  'market-frozen',
  'price-below-floor',
  'insufficient-credits',
  'listing-not-open',
  'listing-sold-out',
  'bid-refused',
  'invalid-state',
  'idempotency-key-reused',
  'illegal-transition',
] as const;
export type MarketProblem = (typeof MARKET_PROBLEMS)[number];

/** `https://…/problems/maker-cannot-approve` → `maker-cannot-approve` when it is one of ours. */
export function marketProblemSlug(error: unknown): MarketProblem | null {
  if (!isApiProblem(error)) return null;
  const slug = error.type.split('/').pop() ?? '';
  return (MARKET_PROBLEMS as readonly string[]).includes(slug) ? (slug as MarketProblem) : null;
}

/** The app's problem translation, with the market's own problems explained in words people understand. */
export function translateMarketProblem(error: unknown, t: TFunction): UiProblem & { slug: MarketProblem | null } {
  const problem = translateProblem(error, t);
  const slug = marketProblemSlug(error);
  if (!slug) return { ...problem, slug };
  return {
    ...problem,
    slug,
    title: t(`market.problems.${slug}.title`),
    message: t(`market.problems.${slug}.message`),
    retryable: false,
    action: 'none',
  };
}
