import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { RetireForm } from '@/features/settlement/components/retire-form';

export default function MyRetireRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={['BUYER']}>
      <PageHeader title={t('settlement.retire.title')} description={t('settlement.retire.description')} />
      <RetireForm />
    </RequireRole>
  );
}
