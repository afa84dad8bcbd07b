import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { ProvinceDirectory } from '@/features/directory/components/province-directory';

export default function ProvincesRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('provinces.title')} description={t('provinces.description')} />
      <ProvinceDirectory />
    </>
  );
}
