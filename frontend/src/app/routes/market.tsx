import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { useProvinces } from '@/features/directory/api/get-provinces';
import { Catalogue } from '@/features/market/components/catalogue';
import { useFormat } from '@/lib/i18n/use-format';

export default function MarketRoute() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const provinces = useProvinces();
  const options = (provinces.data ?? [])
    .map((p) => ({ code: p.code, name: language === 'th' ? p.nameTh : p.nameEn }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  return (
    <>
      <PageHeader title={t('market.title')} description={t('market.description')} />
      <Catalogue provinces={options} />
    </>
  );
}
