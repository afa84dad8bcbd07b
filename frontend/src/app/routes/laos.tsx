import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { LaoSearch } from '@/features/directory/components/lao-search';

export default function LaosRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('laos.title')} description={t('laos.description')} />
      <LaoSearch />
    </>
  );
}
