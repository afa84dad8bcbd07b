import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { UserAdmin } from '@/features/admin-users/components/user-admin';
import { RequireRole } from '@/features/auth/components/require-role';

import { AdminTabs } from './admin-tabs';

export default function AdminUsersRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={['DLA_ADMIN']}>
      <PageHeader eyebrow={t('admin.title')} title={t('admin.usersTitle')} description={t('admin.usersDescription')}>
        <AdminTabs />
      </PageHeader>
      <UserAdmin />
    </RequireRole>
  );
}
