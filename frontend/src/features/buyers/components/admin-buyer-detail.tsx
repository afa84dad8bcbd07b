import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';

import { useBuyer } from '../api/get-buyer';
import { useReinstateBuyer } from '../api/reinstate-buyer';
import { useRejectBuyer } from '../api/reject-buyer';
import { useSuspendBuyer } from '../api/suspend-buyer';
import { useVerifyBuyer } from '../api/verify-buyer';
import type { BuyerStatus } from '../types';

import { BuyerStatusBadge } from './buyer-status';
import { OrganisationCards } from './organisation-details';

type Decision = 'verify' | 'reject' | 'suspend' | 'reinstate';

/** What DLA can decide in each status. */
const DECISIONS: Record<BuyerStatus, readonly Decision[]> = {
  PENDING: ['verify', 'reject'],
  VERIFIED: ['suspend'],
  SUSPENDED: ['reinstate'],
  REJECTED: [],
};

const NEEDS_REASON: ReadonlySet<Decision> = new Set(['reject', 'suspend']);

/** One buyer organisation for DLA: facts, documents, and the verification decisions (each confirmed first). */
export function AdminBuyerDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const buyer = useBuyer(id);
  const mutations = {
    verify: useVerifyBuyer(),
    reject: useRejectBuyer(),
    suspend: useSuspendBuyer(),
    reinstate: useReinstateBuyer(),
  };
  const [open, setOpen] = useState<Decision | null>(null);
  const [done, setDone] = useState<Decision | null>(null);

  const backLink = (
    <Link className="back-link" to={paths.adminBuyers.getHref()}>
      <span aria-hidden="true">‹ </span>
      {t('buyers.backToList')}
    </Link>
  );

  if (buyer.isPending) return <Spinner />;
  if (buyer.isError) {
    return (
      <>
        <PageHeader before={backLink} title={t('buyers.detailTitle')} />
        <ErrorState error={buyer.error} onRetry={() => void buyer.refetch()} />
      </>
    );
  }

  const org = buyer.data;
  const decide = (decision: Decision, reason: string) => {
    const onSuccess = () => {
      setOpen(null);
      setDone(decision);
    };
    if (decision === 'reject') mutations.reject.mutate({ id, reason }, { onSuccess });
    else if (decision === 'suspend') mutations.suspend.mutate({ id, reason }, { onSuccess });
    else mutations[decision].mutate({ id }, { onSuccess });
  };
  const active = open ? mutations[open] : null;

  return (
    <div className="stack">
      <PageHeader
        before={backLink}
        eyebrow={t(`organisationType.${org.type}`)}
        title={org.nameTh}
        titleLang="th"
        description={org.nameEn}
      >
        <BuyerStatusBadge status={org.status} />
      </PageHeader>

      {done ? (
        <p className="notice notice--success" role="status">
          {t(`buyers.decisionDone.${done}`)}
        </p>
      ) : null}

      <section className="card stack" aria-labelledby="buyer-decisions">
        <h2 className="card__title" id="buyer-decisions">
          {t('buyers.decisionsTitle')}
        </h2>
        {DECISIONS[org.status].length === 0 ? (
          <p className="muted">{t('buyers.noDecisions')}</p>
        ) : (
          <div className="cluster">
            {DECISIONS[org.status].map((decision) => (
              <button
                key={decision}
                type="button"
                className={`button ${decision === 'reject' || decision === 'suspend' ? 'button--danger-outline' : 'button--primary'}`}
                onClick={() => {
                  mutations[decision].reset();
                  setDone(null);
                  setOpen(decision);
                }}
              >
                {t(`buyers.decision.${decision}`)}
              </button>
            ))}
          </div>
        )}
      </section>

      <OrganisationCards organisation={org} downloadable />

      {open && active ? (
        <ConfirmDialog
          title={t(`buyers.confirm.${open}.title`)}
          message={t(`buyers.confirm.${open}.message`, { name: org.nameTh })}
          confirmLabel={t(`buyers.decision.${open}`)}
          tone={open === 'reject' || open === 'suspend' ? 'danger' : 'primary'}
          {...(NEEDS_REASON.has(open) ? { reasonLabel: t('buyers.reason') } : {})}
          pending={active.isPending}
          error={active.error}
          onConfirm={(reason) => decide(open, reason)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
