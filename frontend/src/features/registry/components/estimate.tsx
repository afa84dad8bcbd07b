import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/i18n/use-format';

import type { CarbonEstimate } from '../types';

/** The estimate of creditable tCO2e per year with its arithmetic and source, as the API computes them. */
export function EstimateExplained({ estimate }: { estimate: CarbonEstimate }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="registry-estimate">
      <p className="registry-estimate__result">
        {t('registry.estimate.result', {
          tco2e: format.number(estimate.tco2ePerYear, { maximumFractionDigits: 4 }),
          credits: format.number(estimate.creditsPerYear),
        })}
      </p>
      <p className="registry-estimate__arithmetic" data-testid="estimate-arithmetic">
        {t('registry.estimate.arithmetic', {
          households: format.number(estimate.households),
          factor: format.number(estimate.factor, { maximumFractionDigits: 6 }),
          tco2e: format.number(estimate.tco2ePerYear, { minimumFractionDigits: 4, maximumFractionDigits: 4 }),
          credits: format.number(estimate.creditsPerYear),
        })}
      </p>
      <p className="small muted">
        <strong>{t('registry.estimate.source')}</strong> <span lang="en">{estimate.source}</span>
      </p>
    </div>
  );
}
