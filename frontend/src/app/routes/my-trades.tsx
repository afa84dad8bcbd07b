import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { ExportButtons } from '@/features/dashboard/components/export-buttons';
import { MyTrades } from '@/features/settlement/components/my-trades';

export default function MyTradesRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={['BUYER']}>
      <PageHeader title={t('settlement.myTradesTitle')} description={t('settlement.myTradesDescription')}>
        <ExportButtons kind="trades" />
      </PageHeader>
      <MyTrades />
    </RequireRole>
  );
}
