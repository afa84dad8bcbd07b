import type { TFunction } from 'i18next';

import type { JournalReason, Party } from '../types';
import { isJournalReason } from '../types';

/** A journal reason for people; the holder type tells a reservation for a listing from one for a trade. */
export function reasonLabel(t: TFunction, reason: string, holderType?: string | null): string {
  if (!isJournalReason(reason)) return reason;
  if (reason === 'RESERVATION' && holderType === 'TRADE') return t('registry.reason.RESERVATION_TRADE');
  return t(`registry.reason.${reason satisfies JournalReason}`);
}

const STATES = ['AVAILABLE', 'RESERVED', 'RETIRED'] as const;
type BlockState = (typeof STATES)[number];

export function stateLabel(t: TFunction, state: string, holderType?: string | null): string {
  if (!(STATES as readonly string[]).includes(state)) return state;
  if (state === 'RESERVED' && (holderType === 'LISTING' || holderType === 'TRADE')) {
    return t(`registry.state.RESERVED_${holderType}`);
  }
  return t(`registry.state.${state as BlockState}`);
}

const KINDS = ['LAO', 'BUYER', 'UNALLOCATED', 'RETIREMENT'] as const;
type AccountKind = (typeof KINDS)[number];

/** Account kinds other than LAOs (which are shown with their name and a link). */
export function partyKindLabel(t: TFunction, party: Party): string {
  if (!(KINDS as readonly string[]).includes(party.kind)) return party.kind;
  return t(`registry.party.${party.kind as AccountKind}`);
}
