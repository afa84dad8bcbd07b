import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import { certificatePdfHref } from '../api/get-certificate';
import { useMyRetirements } from '../api/get-my-retirements';

/** The buyer's retirement certificates with their verification page and PDF. */
export function MyRetirements() {
  const { t } = useTranslation();
  const format = useFormat();
  const retirements = useMyRetirements(0);
  if (retirements.isPending) return <Spinner />;
  if (retirements.isError) return <ErrorState error={retirements.error} onRetry={() => void retirements.refetch()} />;
  if (retirements.data.items.length === 0) {
    return (
      <EmptyState title={t('settlement.retirements.emptyTitle')} message={t('settlement.retirements.emptyMessage')}>
        <Link className="button button--primary" to={paths.myRetire.getHref()}>
          {t('settlement.retire.open')}
        </Link>
      </EmptyState>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('settlement.retirements.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settlement.certificateNo')}</th>
            <th scope="col">{t('settlement.quantity')}</th>
            <th scope="col">{t('settlement.retire.beneficiary')}</th>
            <th scope="col">{t('settlement.retiredAt')}</th>
            <th scope="col">{t('settlement.pdf')}</th>
          </tr>
        </thead>
        <tbody>
          {retirements.data.items.map((c) => (
            <tr key={c.certificateNo}>
              <td data-label={t('settlement.certificateNo')}>
                <Link to={paths.verifyCertificate.getHref(c.certificateNo)} className="code">
                  {c.certificateNo}
                </Link>
              </td>
              <td data-label={t('settlement.quantity')}>{format.number(c.quantity)}</td>
              <td data-label={t('settlement.retire.beneficiary')}>{c.beneficiary}</td>
              <td data-label={t('settlement.retiredAt')}>{format.date(c.retiredAt)}</td>
              <td data-label={t('settlement.pdf')}>
                <a href={certificatePdfHref(c.certificateNo)} target="_blank" rel="noopener">
                  {t('settlement.downloadCertificate', { no: c.certificateNo })}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
