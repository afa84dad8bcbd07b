import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-field';
import { translateProblem } from '@/lib/problem-translation';

import { useCancelTrade } from '../api/cancel-trade';
import { useDownloadSlip } from '../api/download-slip';
import type { Trade } from '../types';

/** Either party cancels a trade that is not paid yet, with a reason, after a confirmation; the credits return. */
export function CancelTrade({ trade, onDone }: { trade: Trade; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const cancel = useCancelTrade();
  const [asking, setAsking] = useState(false);
  if (trade.state !== 'AWAITING_PAYMENT' && trade.state !== 'PAYMENT_REPORTED') return null;
  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setAsking(true)}>
        {t('settlement.cancel.open')}
      </button>
      {asking ? (
        <ConfirmDialog
          title={t('settlement.cancel.title')}
          message={t('settlement.cancel.message')}
          confirmLabel={t('settlement.cancel.confirm')}
          tone="danger"
          reasonLabel={t('settlement.cancel.reason')}
          pending={cancel.isPending}
          error={cancel.error ?? undefined}
          onConfirm={(reason) =>
            cancel.mutate(
              { id: trade.id, reason },
              {
                onSuccess: () => {
                  setAsking(false);
                  onDone(t('settlement.cancel.done'));
                },
              },
            )
          }
          onCancel={() => {
            setAsking(false);
            cancel.reset();
          }}
        />
      ) : null}
    </>
  );
}

/** The slip the buyer attached to the payment report (the LAO checks it before confirming the payment). */
export function SlipDownload({ trade }: { trade: Trade }) {
  const { t } = useTranslation();
  const slip = useDownloadSlip();
  if (!trade.slip) return null;
  const problem = slip.error ? translateProblem(slip.error, t) : null;
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => slip.mutate({ id: trade.id })} disabled={slip.isPending}>
        {t('settlement.slipDownload')}
      </button>
      {problem ? <FormAlert title={problem.title} message={problem.message} /> : null}
    </>
  );
}
