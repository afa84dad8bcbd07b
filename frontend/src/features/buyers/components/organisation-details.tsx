import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/i18n/use-format';

import type { BuyerOrganisation } from '../types';

import { BuyerStatusBadge } from './buyer-status';
import { DocumentList } from './document-list';

/** The registered facts of a buyer organisation, as a description list. */
export function OrganisationDetails({ organisation }: { organisation: BuyerOrganisation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: Array<{ label: string; value: ReactNode; lang?: string }> = [
    { label: t('buyers.status'), value: <BuyerStatusBadge status={organisation.status} /> },
    ...(organisation.statusReason ? [{ label: t('buyers.statusReason'), value: organisation.statusReason }] : []),
    { label: t('register.type'), value: t(`organisationType.${organisation.type}`) },
    { label: t('register.nameTh'), value: organisation.nameTh, lang: 'th' },
    { label: t('register.nameEn'), value: organisation.nameEn, lang: 'en' },
    { label: t('register.taxId'), value: <span className="code">{organisation.taxId}</span> },
    { label: t('register.tgoAccountNo'), value: organisation.tgoAccountNo ?? t('common.notProvided') },
    {
      label: t('register.address'),
      value: [organisation.address.line, organisation.address.subdistrict, organisation.address.district, organisation.address.postcode]
        .filter(Boolean)
        .join(' '),
      lang: 'th',
    },
    { label: t('register.contactName'), value: organisation.contactName },
    { label: t('register.email'), value: organisation.email },
    { label: t('register.phone'), value: organisation.phone },
    { label: t('buyers.registeredOn'), value: format.date(organisation.createdAt) },
    ...(organisation.verifiedAt ? [{ label: t('buyers.verifiedOn'), value: format.date(organisation.verifiedAt) }] : []),
  ];
  return (
    <dl className="details">
      {rows.map((row) => (
        <div key={row.label} className="details__item">
          <dt>{row.label}</dt>
          <dd lang={row.lang}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The registered details and the documents side by side (downloadable when `downloadable`: DLA admins). */
export function OrganisationCards({ organisation, downloadable = false }: { organisation: BuyerOrganisation; downloadable?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="profile-grid">
      <section className="card" aria-labelledby="organisation-details">
        <h2 className="card__title" id="organisation-details">
          {t('buyers.detailsTitle')}
        </h2>
        <OrganisationDetails organisation={organisation} />
      </section>
      <section className="card" aria-labelledby="organisation-documents">
        <h2 className="card__title" id="organisation-documents">
          {t('buyers.documentsTitle')}
        </h2>
        <DocumentList documents={organisation.documents} {...(downloadable ? { buyerId: organisation.id } : {})} />
      </section>
    </div>
  );
}
