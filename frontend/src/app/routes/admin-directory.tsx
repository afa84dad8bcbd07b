import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { DirectoryImport } from '@/features/directory/components/directory-import';

import { AdminTabs } from './admin-tabs';

export default function AdminDirectoryRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={['DLA_ADMIN']}>
      <PageHeader eyebrow={t('admin.title')} title={t('directoryImport.title')} description={t('directoryImport.description')}>
        <AdminTabs />
      </PageHeader>
      <DirectoryImport />
    </RequireRole>
  );
}
