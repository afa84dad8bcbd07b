import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { useSession } from '@/features/auth/hooks/use-session';
import { ExportButtons } from '@/features/dashboard/components/export-buttons';
import { LaoTrades } from '@/features/settlement/components/lao-trades';

export default function LaoTradesRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const [searchParams] = useSearchParams();
  const laoCodes = session.user?.laoCodes ?? [];
  const wanted = searchParams.get('lao') ?? '';
  // The LAO the page shows (the same choice as the trade list makes).
  const lao = laoCodes.includes(wanted) ? wanted : laoCodes[0];
  return (
    <RequireRole roles={['LAO_OFFICER']}>
      <PageHeader title={t('settlement.laoTradesTitle')} description={t('settlement.laoTradesDescription')}>
        {lao ? <ExportButtons kind="trades" filters={{ lao }} /> : null}
      </PageHeader>
      <LaoTrades laoCodes={laoCodes} />
    </RequireRole>
  );
}
