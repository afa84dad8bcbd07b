import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { ExportButtons } from '@/features/dashboard/components/export-buttons';
import { useProvinces } from '@/features/directory/api/get-provinces';
import { Catalogue } from '@/features/market/components/catalogue';
import { parseCatalogueSearchParams } from '@/features/market/utils/search-params';
import { useFormat } from '@/lib/i18n/use-format';

export default function MarketRoute() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const provinces = useProvinces();
  const [searchParams] = useSearchParams();
  const filters = parseCatalogueSearchParams(searchParams);
  const options = (provinces.data ?? [])
    .map((p) => ({ code: p.code, name: language === 'th' ? p.nameTh : p.nameEn }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  return (
    <>
      <PageHeader title={t('market.title')} description={t('market.description')}>
        <ExportButtons kind="listings" filters={{ province: filters.province, lao: filters.lao }} />
      </PageHeader>
      <Catalogue provinces={options} />
    </>
  );
}
