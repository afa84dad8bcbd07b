import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { AdminBuyerList } from '@/features/buyers/components/admin-buyer-list';

import { AdminTabs } from './admin-tabs';

export default function AdminBuyersRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={['DLA_ADMIN']}>
      <PageHeader eyebrow={t('admin.title')} title={t('admin.buyersTitle')} description={t('admin.buyersDescription')}>
        <AdminTabs />
      </PageHeader>
      <AdminBuyerList />
    </RequireRole>
  );
}
