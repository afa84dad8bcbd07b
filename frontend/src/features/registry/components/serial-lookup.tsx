import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { isApiProblem } from '@/lib/api-problem';
import { useFormat } from '@/lib/i18n/use-format';

import { useSerial } from '../api/get-serial';
import type { HistoryEntry, SerialTrace } from '../types';
import { SERIAL_EXAMPLE, checkSerial, padSerial } from '../utils/serial';

import { reasonLabel, stateLabel } from './labels';
import { LaoName } from './lao-name';
import { PartyName } from './party';
import { Field } from './registry-field';

import '../registry.css';

function SearchForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkSerial(value);
    if (!checked.ok) {
      setError(t(`registry.serial.error.${checked.reason}`, { example: SERIAL_EXAMPLE }));
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    void navigate(paths.serial.getHref(checked.serial));
  };

  return (
    <form className="search-form" role="search" onSubmit={onSubmit} noValidate aria-label={t('registry.serial.searchLabel')}>
      <Field
        id={`${id}-serial`}
        name="serial"
        label={t('registry.serial.inputLabel')}
        hint={t('registry.serial.hint', { example: SERIAL_EXAMPLE })}
        error={error}
        className="field--grow"
      >
        {(control) => (
          <input
            {...control}
            ref={inputRef}
            className="input code"
            type="search"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary">
        {t('registry.serial.submit')}
      </button>
    </form>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function TimelineEntry({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const range = entry.serialFirst === entry.serialLast ? padSerial(entry.serialFirst) : `${padSerial(entry.serialFirst)}–${padSerial(entry.serialLast)}`;
  return (
    <li className={`timeline__item timeline__item--${entry.reason.toLowerCase()}`}>
      <span className="timeline__dot" aria-hidden="true" />
      <div className="timeline__body">
        <p className="timeline__title">{reasonLabel(t, entry.reason, entry.holderType)}</p>
        <p className="timeline__date">
          <time dateTime={entry.at}>{format.date(entry.at, { dateStyle: 'long', timeStyle: 'short' })}</time>
        </p>
        <dl className="timeline__facts">
          <div>
            <dt>{t('registry.serial.from')}</dt>
            <dd>
              <PartyName party={entry.from} />
            </dd>
          </div>
          <div>
            <dt>{t('registry.serial.to')}</dt>
            <dd>
              <PartyName party={entry.to} />
            </dd>
          </div>
          <div>
            <dt>{t('registry.serial.range')}</dt>
            <dd className="code">{range}</dd>
          </div>
          {entry.reference ? (
            <div>
              <dt>{t('registry.serial.reference')}</dt>
              <dd className="code">{entry.reference}</dd>
            </div>
          ) : null}
        </dl>
      </div>
    </li>
  );
}

function SerialResult({ trace }: { trace: SerialTrace }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { block, issuance } = trace;
  return (
    <div className="registry-columns">
      <section className="card" aria-labelledby="serial-block">
        <h2 className="card__title" id="serial-block">
          {t('registry.serial.blockTitle')}
          <span className={`registry-state registry-state--${block.state.toLowerCase()}`}>{stateLabel(t, block.state, block.holderType)}</span>
        </h2>
        <dl className="details">
          <Item label={t('registry.serial.serial')}>
            <span className="code registry-break" data-testid="serial-value">
              {trace.serial}
            </span>
          </Item>
          <Item label={t('registry.common.project')}>
            <span className="code">{trace.projectCode}</span>
          </Item>
          <Item label={t('registry.common.vintage')}>{format.year(trace.vintage)}</Item>
          <Item label={t('registry.serial.blockRange')}>
            <span className="code registry-break">{block.blockSerial}</span>
            <br />
            <span className="muted small">{t('registry.common.credits', { count: block.quantity, value: format.number(block.quantity) })}</span>
          </Item>
          <Item label={t('registry.serial.owner')}>
            <PartyName party={block.owner} />
          </Item>
          <Item label={t('registry.serial.origin')}>
            <LaoName code={trace.originLaoCode} />
          </Item>
          <Item label={t('registry.serial.tgoReference')}>
            <span className="code">{issuance.tgoReference}</span>
          </Item>
          <Item label={t('registry.serial.issuedOn')}>{format.date(issuance.issuedOn)}</Item>
        </dl>
      </section>
      <section className="card" aria-labelledby="serial-history">
        <h2 className="card__title" id="serial-history">
          {t('registry.serial.historyTitle')}
        </h2>
        {trace.history.length > 0 ? (
          <ol className="timeline">
            {trace.history.map((entry, index) => (
              <TimelineEntry key={`${entry.at}-${index}`} entry={entry} />
            ))}
          </ol>
        ) : (
          <p className="muted">{t('registry.serial.historyEmpty')}</p>
        )}
      </section>
    </div>
  );
}

function Lookup({ serial }: { serial: string }) {
  const { t } = useTranslation();
  const checked = checkSerial(serial);
  const query = useSerial(checked.ok ? checked.serial : serial, { enabled: checked.ok });

  if (!checked.ok) {
    return (
      <section className="state state--error" role="alert" data-testid="serial-invalid">
        <span className="state__icon" aria-hidden="true">
          !
        </span>
        <h2 className="state__title">{t('registry.serial.invalidTitle')}</h2>
        <p className="state__message">{t('registry.serial.invalidMessage', { example: SERIAL_EXAMPLE })}</p>
      </section>
    );
  }
  if (query.isPending) return <Spinner />;
  if (query.isError) {
    if (isApiProblem(query.error) && query.error.isNotFound) {
      return (
        <ErrorState
          error={query.error}
          title={t('registry.serial.notFoundTitle', { serial: checked.serial })}
          message={t('registry.serial.notFoundMessage')}
        />
      );
    }
    if (isApiProblem(query.error) && query.error.status === 400) {
      return <ErrorState error={query.error} title={t('registry.serial.invalidTitle')} message={t('registry.serial.invalidMessage', { example: SERIAL_EXAMPLE })} />;
    }
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <SerialResult trace={query.data} />;
}

/** Public serial look-up: the block holding a credit today and its history. */
export function SerialLookup({ serial }: { serial?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="stack registry">
      <PageHeader title={t('registry.serial.title')} description={t('registry.serial.description')} />
      <SearchForm key={serial ?? ''} initial={serial ?? ''} />
      {serial ? (
        <Lookup serial={serial} />
      ) : (
        <EmptyState title={t('registry.serial.emptyTitle')} message={t('registry.serial.emptyMessage', { example: SERIAL_EXAMPLE })} />
      )}
    </div>
  );
}
