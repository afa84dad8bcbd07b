import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { ExportButtons } from '@/features/dashboard/components/export-buttons';
import { MyRetirements } from '@/features/settlement/components/my-retirements';

export default function MyRetirementsRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={['BUYER']}>
      <PageHeader title={t('settlement.retirements.title')}>
        <ExportButtons kind="retirements" />
      </PageHeader>
      <MyRetirements />
    </RequireRole>
  );
}
