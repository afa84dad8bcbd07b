import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { useFormat } from '@/lib/i18n/use-format';

import { useNationalDashboard } from '../api/get-national-dashboard';
import { isMapMeasure, type MapMeasure } from '../utils/measures';

import { HeadlineFigures } from './headline-figures';
import { PriceChart, VolumeChart } from './monthly-charts';
import { PriceTable } from './price-table';
import { ProvinceMap } from './province-map';
import { StateChart } from './state-chart';
import { TopProvinces } from './top-provinces';

import '../dashboard.css';

/** The national dashboard: headline figures, the map, prices and the monthly series (the measure is in the URL). */
export function NationalDashboard() {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useNationalDashboard();
  const [searchParams, setSearchParams] = useSearchParams();
  const measureParam = searchParams.get('measure');
  const measure: MapMeasure = isMapMeasure(measureParam) ? measureParam : 'available';
  const setMeasure = (next: MapMeasure) => {
    const params = new URLSearchParams(searchParams);
    if (next === 'available') params.delete('measure');
    else params.set('measure', next);
    setSearchParams(params, { replace: true, preventScrollReset: true });
  };

  return (
    <div className="stack dashboard">
      <PageHeader
        title={t('dashboard.national.title')}
        description={
          query.data
            ? t('dashboard.asOf', { date: format.date(query.data.asOf, { dateStyle: 'long', timeStyle: 'short' }) })
            : t('dashboard.national.description')
        }
      />
      {query.isPending ? (
        <Spinner />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <HeadlineFigures
            scope="national"
            totals={query.data.totals}
            laos={query.data.laos}
            revenue={query.data.revenue}
            verifiedBuyers={query.data.verifiedBuyers}
          />
          {query.data.provinces.length > 0 ? (
            <ProvinceMap provinces={query.data.provinces} measure={measure} onMeasureChange={setMeasure} />
          ) : null}
          <div className="dash-grid">
            <VolumeChart months={query.data.monthly} />
            <PriceChart months={query.data.monthly} />
            <StateChart totals={query.data.totals} />
            <TopProvinces top={query.data.topProvinces} />
          </div>
          <PriceTable prices={query.data.prices} />
        </>
      )}
    </div>
  );
}
