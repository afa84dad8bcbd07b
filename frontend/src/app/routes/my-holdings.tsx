import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { MyHoldings } from '@/features/settlement/components/holdings';

export default function MyHoldingsRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={['BUYER']}>
      <PageHeader title={t('settlement.holdings.title')} description={t('settlement.holdings.description')} />
      <MyHoldings />
    </RequireRole>
  );
}
