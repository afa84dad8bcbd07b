/** Settlement types, derived by path from the generated OpenAPI types. */
import type { GetResponse } from '@/lib/api/types';

export type Trade = GetResponse<'/api/v1/trades/{id}'>;
export type TradeState = Trade['state'];
export type TradePage = GetResponse<'/api/v1/me/trades'>;
export type Holdings = GetResponse<'/api/v1/me/holdings'>;
export type Certificate = GetResponse<'/api/v1/retirements/{certificateNo}'>;
export type CertificatePage = GetResponse<'/api/v1/me/retirements'>;

export const TRADE_STATES = [
  'AWAITING_PAYMENT',
  'PAYMENT_REPORTED',
  'PAYMENT_CONFIRMED',
  'SETTLED',
  'CANCELLED',
] as const satisfies readonly TradeState[];
