import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { useSession } from '@/features/auth/hooks/use-session';
import { LaoListings } from '@/features/market/components/lao-listings';

export default function LaoListingsRoute() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <RequireRole roles={['LAO_OFFICER']}>
      <PageHeader title={t('market.officer.title')} description={t('market.officer.description')} />
      <LaoListings laoCodes={session.user?.laoCodes ?? []} />
    </RequireRole>
  );
}
