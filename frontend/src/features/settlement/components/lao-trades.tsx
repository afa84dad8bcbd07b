import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { FormField } from '@/components/ui/form-field';
import { Pagination } from '@/components/ui/pagination';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import { useConfirmPayment } from '../api/confirm-payment';
import { TRADES_PAGE_SIZE } from '../api/get-my-trades';
import { useLaoTrades } from '../api/get-lao-trades';
import { useRecordTransfer } from '../api/record-transfer';
import { bangkokToday } from '../api/report-payment';
import type { Trade } from '../types';

import { TradeCard } from './trade-card';
import { CancelTrade, SlipDownload } from './trade-extras';

const today = () => bangkokToday();

/** An officer's step on one trade: confirm the payment (receipt number) or record the TGO transfer. */
function TradeStep({ trade, onDone }: { trade: Trade; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const confirmPayment = useConfirmPayment();
  const recordTransfer = useRecordTransfer();
  const [receiptNo, setReceiptNo] = useState('');
  const [reference, setReference] = useState('');
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | undefined>(undefined);
  const [asking, setAsking] = useState(false);
  const paying = trade.state === 'PAYMENT_REPORTED';
  const mutation = paying ? confirmPayment : recordTransfer;
  if (!paying && trade.state !== 'PAYMENT_CONFIRMED') return null;

  const ask = () => {
    const value = (paying ? receiptNo : reference).trim();
    if (!value) {
      setError(t('validation.required'));
      document.getElementById(`${id}-value`)?.focus();
      return;
    }
    if (!paying && date > today()) {
      setError(t('market.validation.notFuture'));
      return;
    }
    setError(undefined);
    mutation.reset();
    setAsking(true);
  };
  const confirm = () => {
    const onSuccess = () => {
      setAsking(false);
      onDone(paying ? t('settlement.confirm.done') : t('settlement.transfer.done'));
    };
    if (paying) confirmPayment.mutate({ id: trade.id, receiptNo }, { onSuccess });
    else recordTransfer.mutate({ id: trade.id, tgoReference: reference, transferredOn: date }, { onSuccess });
  };

  return (
    <div className="stack">
      <div className="form-grid">
        <FormField
          id={`${id}-value`}
          name={paying ? 'receiptNo' : 'tgoReference'}
          label={paying ? t('settlement.confirm.receiptNo') : t('settlement.transfer.reference')}
          error={error}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              maxLength={100}
              value={paying ? receiptNo : reference}
              onChange={(e) => (paying ? setReceiptNo(e.target.value) : setReference(e.target.value))}
            />
          )}
        </FormField>
        {!paying ? (
          <FormField id={`${id}-date`} name="transferredOn" label={t('settlement.transfer.date')} required>
            {(control) => (
              <input {...control} className="input" type="date" max={today()} value={date} onChange={(e) => setDate(e.target.value)} />
            )}
          </FormField>
        ) : null}
      </div>
      <div className="actions-row">
        <button type="button" className="button button--primary" onClick={ask}>
          {paying ? t('settlement.confirm.open') : t('settlement.transfer.open')}
        </button>
      </div>
      {asking ? (
        <ConfirmDialog
          title={paying ? t('settlement.confirm.title') : t('settlement.transfer.title')}
          message={
            paying
              ? t('settlement.confirm.message', { total: format.thb(trade.total), receiptNo: receiptNo.trim() })
              : t('settlement.transfer.message', { quantity: format.number(trade.quantity), reference: reference.trim() })
          }
          confirmLabel={paying ? t('settlement.confirm.open') : t('settlement.transfer.open')}
          pending={mutation.isPending}
          error={mutation.error ?? undefined}
          onConfirm={confirm}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </div>
  );
}

/** The LAO's trades with the officer's next step on each. */
export function LaoTrades({ laoCodes }: { laoCodes: readonly string[] }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const lao = laoCodes.includes(params.get('lao') ?? '') ? (params.get('lao') ?? '') : (laoCodes[0] ?? '');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const trades = useLaoTrades(lao, page - 1);
  const [done, setDone] = useState<string | null>(null);

  return (
    <div className="stack">
      {laoCodes.length > 1 ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-lao`}>
            {t('settlement.chooseLao')}
          </label>
          <select id={`${id}-lao`} className="select" value={lao} onChange={(e) => void navigate(paths.laoTrades.getHref(e.target.value))}>
            {laoCodes.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {done ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      {trades.isPending ? (
        <Spinner />
      ) : trades.isError ? (
        <ErrorState error={trades.error} onRetry={() => void trades.refetch()} />
      ) : trades.data.items.length === 0 ? (
        <EmptyState title={t('settlement.noTradesTitle')} message={t('settlement.noTradesMessage')} />
      ) : (
        <>
          <ul className="notification-list">
            {trades.data.items.map((trade) => (
              <li key={trade.id}>
                <TradeCard trade={trade}>
                  <TradeStep trade={trade} onDone={setDone} />
                  <div className="actions-row">
                    <SlipDownload trade={trade} />
                    <CancelTrade trade={trade} onDone={setDone} />
                  </div>
                </TradeCard>
              </li>
            ))}
          </ul>
          <Pagination
            page={page}
            pageSize={TRADES_PAGE_SIZE}
            total={trades.data.total}
            hrefForPage={(p) => `${paths.laoTrades.getHref(lao)}${lao ? '&' : '?'}page=${p}`}
          />
        </>
      )}
    </div>
  );
}
