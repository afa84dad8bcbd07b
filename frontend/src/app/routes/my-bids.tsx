import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { MyBids } from '@/features/market/components/my-bids';

export default function MyBidsRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={['BUYER']}>
      <PageHeader title={t('market.myBids.title')} description={t('market.myBids.description')} />
      <MyBids />
    </RequireRole>
  );
}
