import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { isApiProblem } from '@/lib/api-problem';
import { formatDate } from '@/lib/format';
import { useFormat } from '@/lib/i18n/use-format';

import { certificatePdfHref, useCertificate } from '../api/get-certificate';

/** Public verification of a retirement certificate (the QR code on the PDF points here). */
export function CertificateVerify({ certificateNo }: { certificateNo: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const certificate = useCertificate(certificateNo);

  if (certificate.isPending) return <PageSpinner />;
  if (certificate.isError) {
    const notFound = isApiProblem(certificate.error) && (certificate.error.status === 404 || certificate.error.status === 400);
    if (notFound) {
      return (
        <section className="state state--error" role="alert">
          <title>{`${t('settlement.verify.notFoundTitle')} · ${t('app.name')}`}</title>
          <span className="state__icon" aria-hidden="true">
            ✕
          </span>
          <h1 className="state__title">{t('settlement.verify.notFoundTitle')}</h1>
          <p className="state__message">{t('settlement.verify.notFoundMessage', { no: certificateNo })}</p>
          <div className="state__actions">
            <Link className="button button--secondary" to={paths.market.getHref()}>
              {t('market.backToCatalogue')}
            </Link>
          </div>
        </section>
      );
    }
    return <ErrorState error={certificate.error} onRetry={() => void certificate.refetch()} />;
  }
  const c = certificate.data;
  const dates = `${formatDate(c.retiredAt, 'th')} · ${formatDate(c.retiredAt, 'en')}`;
  return (
    <>
      <PageHeader
        eyebrow={t('settlement.verify.eyebrow')}
        title={t('settlement.verify.title', { quantity: format.number(c.quantity) })}
        description={<p className="notice notice--verified">{t('settlement.verify.valid')}</p>}
      />
      <div className="stack">
        <dl className="details">
          <div className="details__item">
            <dt>{t('settlement.certificateNo')}</dt>
            <dd className="code">{c.certificateNo}</dd>
          </div>
          <div className="details__item">
            <dt>{t('settlement.quantity')}</dt>
            <dd>{t('market.credits', { formatted: format.number(c.quantity) })}</dd>
          </div>
          <div className="details__item">
            <dt>{t('settlement.retire.beneficiary')}</dt>
            <dd>{c.beneficiary}</dd>
          </div>
          <div className="details__item">
            <dt>{t('settlement.retire.purpose')}</dt>
            <dd>{c.purpose}</dd>
          </div>
          <div className="details__item">
            <dt>{t('settlement.retiredAt')}</dt>
            <dd>{dates}</dd>
          </div>
          <div className="details__item">
            <dt>{t('market.vintage')}</dt>
            <dd>{c.vintage ? `${format.year(c.vintage)} (${c.vintage})` : [...new Set(c.ranges.map((r) => `${format.year(r.vintage)}`))].join(', ')}</dd>
          </div>
          <div className="details__item">
            <dt>{t('settlement.verify.projects')}</dt>
            <dd>
              {c.projects.map((p) => (
                <span key={p.code} className="table__sub">
                  <span className="code">{p.code}</span> {format.language === 'th' ? p.nameTh : p.nameEn}
                </span>
              ))}
            </dd>
          </div>
          <div className="details__item">
            <dt>{t('settlement.verify.origins')}</dt>
            <dd>
              {c.originLaos.map((o) => (
                <span key={o.code} className="table__sub">
                  <Link to={paths.lao.getHref(o.code)}>{o.nameTh}</Link> · {t('market.credits', { formatted: format.number(o.quantity) })}
                </span>
              ))}
            </dd>
          </div>
        </dl>
        <section className="stack" aria-labelledby="cert-ranges">
          <h2 className="section__title" id="cert-ranges">
            {t('settlement.verify.ranges')}
          </h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('settlement.verify.serial')}</th>
                  <th scope="col">{t('settlement.quantity')}</th>
                  <th scope="col">{t('market.vintage')}</th>
                  <th scope="col">{t('settlement.verify.origin')}</th>
                </tr>
              </thead>
              <tbody>
                {c.ranges.map((r) => (
                  <tr key={r.serial}>
                    <td data-label={t('settlement.verify.serial')}>
                      <span className="code">{r.serial}</span>
                      <span className="table__sub">
                        {format.number(r.serialFirst, { useGrouping: false })}–{format.number(r.serialLast, { useGrouping: false })}
                      </span>
                    </td>
                    <td data-label={t('settlement.quantity')}>{format.number(r.quantity)}</td>
                    <td data-label={t('market.vintage')}>{format.year(r.vintage)}</td>
                    <td data-label={t('settlement.verify.origin')}>
                      <span className="code">{r.originLaoCode}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <p>
          <a className="button button--primary" href={certificatePdfHref(c.certificateNo)} target="_blank" rel="noopener">
            {t('settlement.downloadPdf')}
          </a>
        </p>
      </div>
    </>
  );
}
