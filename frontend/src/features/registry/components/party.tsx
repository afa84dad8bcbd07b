import { useTranslation } from 'react-i18next';

import type { Party } from '../types';

import { partyKindLabel } from './labels';
import { LaoName } from './lao-name';

/** An account in a history or journal line: LAOs by name with a link; buyers are never named. */
export function PartyName({ party }: { party: Party | null | undefined }) {
  const { t } = useTranslation();
  if (!party) return <span className="muted">—</span>;
  if (party.kind === 'LAO' && party.laoCode) return <LaoName code={party.laoCode} />;
  return <span>{partyKindLabel(t, party)}</span>;
}
