import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import * as z from 'zod/mini';

import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { isApiProblem } from '@/lib/api-problem';
import { translateProblem } from '@/lib/problem-translation';
import { useFormat } from '@/lib/i18n/use-format';

import { useBinReports } from '../api/get-bin-reports';
import { useReportingWindows } from '../api/get-reporting-windows';
import { BinReportInputSchema, useSubmitBinReport, type BinReportInput } from '../api/submit-bin-report';
import { REGISTRY_PROBLEMS, type BinReport, type ReportingWindow } from '../types';
import { focusFirstInvalidSoon, validationErrors } from '../utils/form-errors';

import { AccessProblem } from './access-problem';
import { EstimateExplained } from './estimate';
import { Field } from './registry-field';
import { ReportingWindowList } from './reporting-windows';

import '../registry.css';

function ReportForm({ code, window }: { code: string; window: ReportingWindow | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<BinReportInput>({ households: '', bins: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = useSubmitBinReport(code);
  const disabled = !window;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = z.safeParse(BinReportInputSchema, values);
    if (!checked.success) {
      setErrors(validationErrors(checked.error, t));
      focusFirstInvalidSoon(formRef.current);
      return;
    }
    setErrors({});
    submit.mutate(values, {
      onError: (error) => {
        const fieldErrors = translateProblem(error, t).fieldErrors;
        setErrors(fieldErrors);
        focusFirstInvalidSoon(formRef.current);
      },
    });
  };

  const closed = isApiProblem(submit.error) && (submit.error.type === REGISTRY_PROBLEMS.reportingWindowClosed);
  return (
    <form ref={formRef} className="card stack" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('registry.bins.formTitle')}
      </h2>
      {window ? (
        <p>
          {t('registry.bins.formPeriod', {
            title: window.title,
            start: format.date(window.periodStart),
            end: format.date(window.periodEnd),
            closes: format.date(window.closesOn),
          })}
        </p>
      ) : (
        <p className="registry-note" data-testid="no-open-window">
          {t('registry.bins.noOpenWindow')}
        </p>
      )}
      <fieldset className="registry-grid registry-fieldset--plain" disabled={disabled || submit.isPending}>
        <legend className="visually-hidden">{t('registry.bins.formTitle')}</legend>
        {(['households', 'bins'] as const).map((name) => (
          <Field key={name} id={`${id}-${name}`} name={name} label={t(`registry.bins.${name}`)} error={errors[name]} hint={t(`registry.bins.${name}Hint`)}>
            {(control) => (
              <input
                {...control}
                className="input"
                inputMode="numeric"
                autoComplete="off"
                value={values[name]}
                onChange={(event) => {
                  setValues((current) => ({ ...current, [name]: event.target.value }));
                  submit.reset();
                }}
              />
            )}
          </Field>
        ))}
      </fieldset>
      {closed ? (
        <div className="form-alert registry-alert" role="alert" data-testid="window-closed">
          <p className="form-alert__title">{t('registry.bins.closedTitle')}</p>
          <p>{t('registry.bins.closedMessage')}</p>
        </div>
      ) : submit.isError && Object.keys(errors).length === 0 ? (
        <AccessProblem error={submit.error} />
      ) : null}
      {submit.isSuccess ? (
        <div className="registry-success" role="status">
          <p className="registry-success__title">{t('registry.bins.saved', { title: submit.data.windowTitle })}</p>
          <EstimateExplained estimate={submit.data.estimate} />
        </div>
      ) : null}
      <div>
        <button type="submit" className="button button--primary" disabled={disabled || submit.isPending} aria-busy={submit.isPending}>
          {submit.isPending ? t('registry.common.working') : t('registry.bins.submit')}
        </button>
      </div>
    </form>
  );
}

function History({ reports }: { reports: BinReport[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (reports.length === 0) return <p className="muted">{t('registry.bins.historyEmpty')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="bin-history-caption">
      <table className="data-table">
        <caption id="bin-history-caption">{t('registry.bins.historyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registry.bins.window')}</th>
            <th scope="col">{t('registry.bins.period')}</th>
            <th scope="col" className="num">
              {t('registry.bins.households')}
            </th>
            <th scope="col" className="num">
              {t('registry.bins.bins')}
            </th>
            <th scope="col" className="num">
              {t('registry.bins.estimateColumn')}
            </th>
            <th scope="col">{t('registry.bins.submitted')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id}>
              <th scope="row">{report.windowTitle}</th>
              <td>
                {format.date(report.periodStart, { dateStyle: 'medium' })} – {format.date(report.periodEnd, { dateStyle: 'medium' })}
              </td>
              <td className="num">{format.number(report.households)}</td>
              <td className="num">{format.number(report.bins)}</td>
              <td className="num">{format.number(report.estimate.tco2ePerYear, { maximumFractionDigits: 2 })}</td>
              <td className="small">
                {report.submittedBy}
                <br />
                <span className="muted">{format.date(report.submittedAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * An LAO's wet-waste-bin data: the reporting windows, the entry form (open window only, and only for the LAO's own
 * officers: `canReport`, decided by the route from the session), history and estimate.
 */
export function BinReportsPage({ code, canReport }: { code: string; canReport: boolean }) {
  const { t } = useTranslation();
  const windows = useReportingWindows();
  const reports = useBinReports(code);
  const openWindow = windows.data?.find((window) => window.open);
  const latest = reports.data?.[0];

  return (
    <div className="stack registry">
      <PageHeader
        title={t('registry.bins.title')}
        eyebrow={t('registry.account.eyebrow', { code })}
        description={t('registry.bins.description')}
        before={
          <Link className="back-link" to={paths.lao.getHref(code)}>
            <span aria-hidden="true">← </span>
            {t('registry.account.backToProfile')}
          </Link>
        }
      />
      <div className="registry-columns">
        <section className="card" aria-labelledby="windows-title">
          <h2 className="card__title" id="windows-title">
            {t('registry.windows.title')}
          </h2>
          {windows.isPending ? (
            <Spinner size="sm" />
          ) : windows.isError ? (
            <ErrorState error={windows.error} onRetry={() => void windows.refetch()} />
          ) : (
            <ReportingWindowList windows={windows.data} />
          )}
        </section>
        {windows.isSuccess && canReport ? <ReportForm code={code} window={openWindow} /> : null}
        {!canReport ? (
          <p className="registry-note" data-testid="report-officers-only">
            {t('registry.bins.officersOnly')}
          </p>
        ) : null}
      </div>
      <section className="card" aria-labelledby="estimate-title">
        <h2 className="card__title" id="estimate-title">
          {t('registry.bins.estimateTitle')}
        </h2>
        {reports.isPending ? (
          <Spinner size="sm" />
        ) : reports.isError ? (
          <AccessProblem error={reports.error} onRetry={() => void reports.refetch()} />
        ) : latest ? (
          <EstimateExplained estimate={latest.estimate} />
        ) : (
          <p className="muted">{t('registry.bins.estimateNone')}</p>
        )}
      </section>
      {reports.isSuccess ? (
        <section className="card" aria-labelledby="history-title">
          <h2 className="card__title" id="history-title">
            {t('registry.bins.historyTitle')}
          </h2>
          <History reports={reports.data} />
        </section>
      ) : null}
    </div>
  );
}
