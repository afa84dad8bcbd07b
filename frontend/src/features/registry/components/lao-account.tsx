import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import { useLaoAccount } from '../api/get-lao-account';
import { JOURNAL_REASONS, isJournalReason, type Balance, type HeldBlock, type JournalEntry, type LaoAccount } from '../types';
import { JOURNAL_PAGE_SIZE, parseJournalParams, toJournalQuery, toJournalSearch, type JournalFilters } from '../utils/journal-params';
import { padSerial } from '../utils/serial';

import { AccessProblem } from './access-problem';
import { reasonLabel, stateLabel } from './labels';
import { PartyName } from './party';

import '../registry.css';

const BALANCE_COLUMNS = ['received', 'available', 'reservedForListings', 'reservedForTrades', 'sold', 'retired'] as const;

function BalancesTable({ account }: { account: LaoAccount }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="balances-caption">
      <table className="data-table">
        <caption id="balances-caption">{t('registry.account.balancesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registry.common.project')}</th>
            <th scope="col">{t('registry.common.vintage')}</th>
            {BALANCE_COLUMNS.map((column) => (
              <th key={column} scope="col" className="num">
                {t(`registry.account.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {account.balances.map((balance: Balance) => (
            <tr key={balance.issuanceId}>
              <td className="code">{balance.projectCode}</td>
              <th scope="row">{format.year(balance.vintage)}</th>
              {BALANCE_COLUMNS.map((column) => (
                <td key={column} className="num">
                  {format.number(balance[column])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('registry.account.total')}
            </th>
            {BALANCE_COLUMNS.map((column) => (
              <td key={column} className="num" data-testid={`total-${column}`}>
                {format.number(account.totals[column])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function BlocksTable({ blocks }: { blocks: HeldBlock[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (blocks.length === 0) return <p className="muted">{t('registry.account.blocksEmpty')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="blocks-caption">
      <table className="data-table">
        <caption id="blocks-caption">{t('registry.account.blocksCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registry.account.blockSerial')}</th>
            <th scope="col">{t('registry.common.vintage')}</th>
            <th scope="col" className="num">
              {t('registry.common.quantity')}
            </th>
            <th scope="col">{t('registry.account.state')}</th>
          </tr>
        </thead>
        <tbody>
          {blocks.map((block) => (
            <tr key={block.blockSerial}>
              <th scope="row" className="code registry-break">
                <Link to={paths.serial.getHref(block.blockSerial)}>{block.blockSerial}</Link>
              </th>
              <td>{format.year(block.vintage)}</td>
              <td className="num">{format.number(block.quantity)}</td>
              <td>
                <span className={`registry-state registry-state--${block.state.toLowerCase()}`}>
                  {stateLabel(t, block.state, block.holderType)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function JournalFiltersForm({ filters, vintages, onApply }: { filters: JournalFilters; vintages: number[]; onApply: (f: JournalFilters) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' && value ? value : undefined;
    };
    const reason = text('reason');
    const vintage = text('vintage');
    onApply({
      reason: isJournalReason(reason) ? reason : undefined,
      vintage: vintage ? Number(vintage) : undefined,
      from: text('from'),
      to: text('to'),
      page: 1,
    });
  };
  return (
    <form className="toolbar" onSubmit={onSubmit} aria-label={t('registry.account.filtersLabel')} key={toJournalSearch(filters)}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-reason`}>
          {t('registry.account.filterReason')}
        </label>
        <select id={`${id}-reason`} name="reason" className="select" defaultValue={filters.reason ?? ''}>
          <option value="">{t('registry.account.allReasons')}</option>
          {JOURNAL_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {reasonLabel(t, reason)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-vintage`}>
          {t('registry.common.vintage')}
        </label>
        <select id={`${id}-vintage`} name="vintage" className="select" defaultValue={filters.vintage ?? ''}>
          <option value="">{t('registry.account.allVintages')}</option>
          {vintages.map((vintage) => (
            <option key={vintage} value={vintage}>
              {format.year(vintage)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-from`}>
          {t('registry.account.filterFrom')}
        </label>
        <input id={`${id}-from`} name="from" type="date" className="input" defaultValue={filters.from ?? ''} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-to`}>
          {t('registry.account.filterTo')}
        </label>
        <input id={`${id}-to`} name="to" type="date" className="input" defaultValue={filters.to ?? ''} />
      </div>
      <div className="cluster">
        <button type="submit" className="button button--primary">
          {t('registry.account.applyFilters')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onApply({ page: 1 })}>
          {t('registry.account.clearFilters')}
        </button>
      </div>
    </form>
  );
}

function JournalTable({ entries }: { entries: JournalEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="journal-caption">
      <table className="data-table">
        <caption id="journal-caption">{t('registry.account.journalCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registry.account.date')}</th>
            <th scope="col">{t('registry.account.reason')}</th>
            <th scope="col">{t('registry.common.vintage')}</th>
            <th scope="col">{t('registry.account.serials')}</th>
            <th scope="col" className="num">
              {t('registry.common.quantity')}
            </th>
            <th scope="col">{t('registry.account.counterparty')}</th>
            <th scope="col">{t('registry.account.reference')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{format.date(entry.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
              </td>
              <th scope="row">{reasonLabel(t, entry.reason, entry.holderType)}</th>
              <td>{format.year(entry.vintage)}</td>
              <td className="code small">
                {padSerial(entry.serialFirst)}–{padSerial(entry.serialLast)}
              </td>
              <td className="num">
                {entry.direction === 'OUT' ? '−' : entry.direction === 'IN' ? '+' : ''}
                {format.number(entry.quantity)}
              </td>
              <td>{entry.direction === 'WITHIN' ? <span className="muted">{t('registry.account.within')}</span> : <PartyName party={entry.counterparty} />}</td>
              <td className="code small">{entry.reference ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An LAO's credit account: balances per issuance with totals, the blocks, and the filtered, paged journal. */
export function LaoAccountPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const filters = parseJournalParams(searchParams);
  const query = useLaoAccount(code, toJournalQuery(filters));
  const apply = (next: JournalFilters) => void navigate(paths.laoAccount.getHref(code, toJournalSearch(next)));

  const header = (name?: string) => (
    <PageHeader
      title={name ? t('registry.account.titleOf', { name }) : t('registry.account.title')}
      eyebrow={t('registry.account.eyebrow', { code })}
      description={t('registry.account.description')}
      before={
        <Link className="back-link" to={paths.lao.getHref(code)}>
          <span aria-hidden="true">← </span>
          {t('registry.account.backToProfile')}
        </Link>
      }
    />
  );

  if (query.isPending) return <div className="stack registry">{header()}<Spinner /></div>;
  if (query.isError) {
    return (
      <div className="stack registry">
        {header()}
        <AccessProblem error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }

  const account = query.data;
  const vintages = [...new Set(account.balances.map((b) => b.vintage))].sort((a, b) => b - a);
  const filtered = Boolean(filters.reason || filters.vintage || filters.from || filters.to);
  return (
    <div className="stack registry">
      {header(account.laoNameTh)}
      {account.balances.length === 0 ? (
        <EmptyState title={t('registry.account.emptyTitle')} message={t('registry.account.emptyMessage')} />
      ) : (
        <>
          <section className="card" aria-labelledby="balances-title">
            <h2 className="card__title" id="balances-title">
              {t('registry.account.balancesTitle')}
            </h2>
            <BalancesTable account={account} />
          </section>
          <section className="card" aria-labelledby="blocks-title">
            <h2 className="card__title" id="blocks-title">
              {t('registry.account.blocksTitle')}
              <span className="card__meta">{t('registry.account.blockCount', { count: account.blocks.length })}</span>
            </h2>
            <BlocksTable blocks={account.blocks} />
          </section>
        </>
      )}
      <section className="stack registry-section" aria-labelledby="journal-title">
        <h2 className="section__title" id="journal-title">
          {t('registry.account.journalTitle')}
        </h2>
        <JournalFiltersForm filters={filters} vintages={vintages} onApply={apply} />
        <div className={query.isPlaceholderData ? 'registry-stale' : undefined} aria-busy={query.isPlaceholderData}>
          {account.journal.items.length > 0 ? (
            <>
              <JournalTable entries={account.journal.items} />
              <Pagination
                page={filters.page}
                pageSize={JOURNAL_PAGE_SIZE}
                total={account.journal.total}
                hrefForPage={(page) => paths.laoAccount.getHref(code, toJournalSearch({ ...filters, page }))}
              />
            </>
          ) : (
            <EmptyState title={t(filtered ? 'registry.account.journalNoMatch' : 'registry.account.journalEmpty')} />
          )}
        </div>
      </section>
    </div>
  );
}
