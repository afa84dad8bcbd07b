import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { MarketControls } from '@/features/market/components/market-controls';

import { AdminTabs } from './admin-tabs';

export default function AdminMarketRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={['DLA_ADMIN']}>
      <PageHeader eyebrow={t('admin.title')} title={t('market.controls.title')} description={t('market.controls.description')}>
        <AdminTabs />
      </PageHeader>
      <MarketControls />
    </RequireRole>
  );
}
