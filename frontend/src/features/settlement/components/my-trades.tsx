import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { FormAlert } from '@/components/ui/form-field';
import { Pagination } from '@/components/ui/pagination';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { translateProblem } from '@/lib/problem-translation';

import { useDownloadPaymentNotice } from '../api/download-payment-notice';
import { TRADES_PAGE_SIZE, useMyTrades } from '../api/get-my-trades';

import { PaymentReportForm } from './payment-report-form';
import { TradeCard } from './trade-card';
import { CancelTrade } from './trade-extras';

/** The buyer's trades: state, payment deadline, the payment notice PDF, and the payment report. */
export function MyTrades() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const trades = useMyTrades(page - 1);
  const notice = useDownloadPaymentNotice();
  const [reporting, setReporting] = useState<string | null>(null);
  const [reported, setReported] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);

  if (trades.isPending) return <Spinner />;
  if (trades.isError) return <ErrorState error={trades.error} onRetry={() => void trades.refetch()} />;
  if (trades.data.items.length === 0) {
    return <EmptyState title={t('settlement.noTradesTitle')} message={t('settlement.noTradesMessage')} />;
  }
  const noticeProblem = notice.error ? translateProblem(notice.error, t) : null;
  return (
    <div className="stack">
      {noticeProblem ? <FormAlert title={noticeProblem.title} message={noticeProblem.message} /> : null}
      {reported ? (
        <p className="notice notice--success" role="status">
          {t('settlement.report.done')}
        </p>
      ) : null}
      {cancelled ? (
        <p className="notice notice--success" role="status">
          {cancelled}
        </p>
      ) : null}
      <ul className="notification-list">
        {trades.data.items.map((trade) => (
          <li key={trade.id}>
            <TradeCard trade={trade}>
              <div className="actions-row">
                {trade.state !== 'CANCELLED' ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => notice.mutate({ id: trade.id })}
                    disabled={notice.isPending}
                  >
                    {t('settlement.downloadNotice')}
                  </button>
                ) : null}
                {trade.state === 'AWAITING_PAYMENT' && reporting !== trade.id ? (
                  <button type="button" className="button button--primary" onClick={() => setReporting(trade.id)}>
                    {t('settlement.report.open')}
                  </button>
                ) : null}
                <CancelTrade trade={trade} onDone={setCancelled} />
              </div>
              {reporting === trade.id ? (
                <PaymentReportForm
                  trade={trade}
                  onDone={(done) => {
                    setReporting(null);
                    if (done) setReported(trade.id);
                  }}
                />
              ) : null}
            </TradeCard>
          </li>
        ))}
      </ul>
      <Pagination page={page} pageSize={TRADES_PAGE_SIZE} total={trades.data.total} hrefForPage={(p) => paths.myTrades.getHref(p)} />
    </div>
  );
}
