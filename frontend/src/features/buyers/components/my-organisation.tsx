import { useTranslation } from 'react-i18next';

import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';

import { useMyOrganisation } from '../api/get-my-organisation';
import type { BuyerStatus } from '../types';

import { OrganisationCards } from './organisation-details';

const STATUS_NOTE: Record<BuyerStatus, 'buyers.note.PENDING' | 'buyers.note.VERIFIED' | 'buyers.note.REJECTED' | 'buyers.note.SUSPENDED'> = {
  PENDING: 'buyers.note.PENDING',
  VERIFIED: 'buyers.note.VERIFIED',
  REJECTED: 'buyers.note.REJECTED',
  SUSPENDED: 'buyers.note.SUSPENDED',
};

/** The signed-in buyer's organisation: its status (and why), registered facts and documents. */
export function MyOrganisation() {
  const { t } = useTranslation();
  const organisation = useMyOrganisation();

  if (organisation.isPending) return <Spinner />;
  if (organisation.isError) {
    return (
      <>
        <PageHeader title={t('buyers.mineTitle')} />
        <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />
      </>
    );
  }
  const org = organisation.data;
  return (
    <div className="stack">
      <PageHeader eyebrow={t('buyers.mineTitle')} title={org.nameTh} titleLang="th" description={org.nameEn} />
      <p className={`notice notice--${org.status.toLowerCase()}`} role="status">
        {t(STATUS_NOTE[org.status])}
      </p>
      <OrganisationCards organisation={org} />
    </div>
  );
}
