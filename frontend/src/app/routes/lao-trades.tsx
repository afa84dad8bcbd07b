import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { useSession } from '@/features/auth/hooks/use-session';
import { LaoTrades } from '@/features/settlement/components/lao-trades';

export default function LaoTradesRoute() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <RequireRole roles={['LAO_OFFICER']}>
      <PageHeader title={t('settlement.laoTradesTitle')} description={t('settlement.laoTradesDescription')} />
      <LaoTrades laoCodes={session.user?.laoCodes ?? []} />
    </RequireRole>
  );
}
