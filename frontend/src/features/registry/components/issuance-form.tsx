import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import * as z from 'zod/mini';

import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { translateProblem } from '@/lib/problem-translation';
import { useFormat } from '@/lib/i18n/use-format';

import {
  IssuanceInputSchema,
  allocatedQuantity,
  issuanceQuantity,
  useCreateIssuance,
  type AllocationRowInput,
  type IssuanceInput,
} from '../api/create-issuance';
import { useProjects } from '../api/get-projects';
import { usePreviewIssuance } from '../api/preview-issuance';
import type { IssuancePlan, Project } from '../types';
import { focusFirstInvalidSoon, validationErrors } from '../utils/form-errors';
import { padSerial } from '../utils/serial';

import { AccessProblem } from './access-problem';
import { ConfirmDialog } from './confirm-dialog';
import { Field } from './registry-field';

import '../registry.css';

type Row = AllocationRowInput & { key: number };
type Errors = Record<string, string>;

/** zod's path → the server's field name: ['allocation', 'rows', 3, 'laoCode'] → `allocations[3].laoCode`. */
function serverFieldName(path: readonly PropertyKey[]): string {
  if (path[0] !== 'allocation') return path.map(String).join('.');
  if (path[1] === 'file') return 'file';
  if (path.length <= 2) return 'allocations';
  const [, , index, ...rest] = path;
  return `allocations[${String(index)}]${rest.length ? `.${rest.map(String).join('.')}` : ''}`;
}

const LINE = /^line (\d+)$/;

function vintagesOf(project: Project | undefined): number[] {
  if (!project) return [];
  const first = Number(project.creditingStart.slice(0, 4));
  const last = Number(project.creditingEnd.slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => last - i);
}

function SumCheck({ quantity, allocated, serverError }: { quantity: number | null; allocated: number; serverError?: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = quantity === null ? 'unknown' : allocated === quantity ? 'ok' : allocated < quantity ? 'short' : 'over';
  return (
    <div className={`registry-sum registry-sum--${status}`} role="status" aria-live="polite" data-testid="sum-check">
      <p>
        {quantity === null
          ? t('registry.issuance.sumUnknown', { allocated: format.number(allocated) })
          : t(`registry.issuance.sum.${status as 'ok' | 'short' | 'over'}`, {
              allocated: format.number(allocated),
              quantity: format.number(quantity),
              difference: format.number(Math.abs(quantity - allocated)),
            })}
      </p>
      {serverError ? <p className="field__error" id="allocations-error">{serverError}</p> : null}
    </div>
  );
}

function PlanView({ plan }: { plan: IssuancePlan }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card stack" aria-labelledby="plan-title" data-testid="issuance-plan">
      <h2 className="card__title" id="plan-title">
        {t('registry.issuance.planTitle')}
        <span className={`registry-state registry-state--${plan.valid ? 'available' : 'invalid'}`}>
          {plan.valid ? t('registry.issuance.planValid') : t('registry.issuance.planInvalid', { count: plan.errors.length })}
        </span>
      </h2>
      <p>
        {t('registry.issuance.planTotals', { allocated: format.number(plan.allocated), quantity: format.number(plan.quantity) })}
      </p>
      {plan.existingIssuanceId ? (
        <p className="registry-note">{t(plan.identical ? 'registry.issuance.identical' : 'registry.issuance.conflicting')}</p>
      ) : null}
      {plan.blocks.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="plan-caption">
          <table className="data-table">
            <caption id="plan-caption">{t('registry.issuance.planCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('registry.issuance.lao')}</th>
                <th scope="col" className="num">
                  {t('registry.common.quantity')}
                </th>
                <th scope="col">{t('registry.issuance.serials')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.blocks.map((block) => (
                <tr key={`${block.laoCode}-${block.serialFirst}`}>
                  <th scope="row">
                    <span lang="th">{block.laoNameTh}</span> <span className="muted code small">{block.laoCode}</span>
                  </th>
                  <td className="num">{format.number(block.quantity)}</td>
                  <td className="code small">
                    {padSerial(block.serialFirst)}–{padSerial(block.serialLast)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function AllocationRows({
  rows,
  errors,
  onChange,
  onAdd,
  onRemove,
}: {
  rows: Row[];
  errors: Errors;
  onChange: (index: number, row: Row) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="stack registry-rows">
      <ol className="registry-rows__list">
        {rows.map((row, index) => {
          const rowError = errors[`allocations[${index}]`];
          return (
            <li key={row.key} className="registry-row" data-testid={`allocation-row-${index}`}>
              <span className="registry-row__number" aria-hidden="true">
                {index + 1}
              </span>
              <Field
                id={`${id}-${row.key}-code`}
                name={`allocations[${index}].laoCode`}
                label={t('registry.issuance.rowLaoCode', { number: index + 1 })}
                error={errors[`allocations[${index}].laoCode`] ?? rowError}
              >
                {(control) => (
                  <input
                    {...control}
                    className="input code"
                    inputMode="numeric"
                    autoComplete="off"
                    maxLength={7}
                    value={row.laoCode}
                    onChange={(event) => onChange(index, { ...row, laoCode: event.target.value })}
                  />
                )}
              </Field>
              <Field
                id={`${id}-${row.key}-quantity`}
                name={`allocations[${index}].quantity`}
                label={t('registry.issuance.rowQuantity', { number: index + 1 })}
                error={errors[`allocations[${index}].quantity`]}
              >
                {(control) => (
                  <input
                    {...control}
                    className="input"
                    inputMode="numeric"
                    autoComplete="off"
                    value={row.quantity}
                    onChange={(event) => onChange(index, { ...row, quantity: event.target.value })}
                  />
                )}
              </Field>
              <button
                type="button"
                className="button button--secondary registry-row__remove"
                onClick={() => onRemove(index)}
                disabled={rows.length === 1}
                aria-label={t('registry.issuance.removeRow', { number: index + 1 })}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      <div>
        <button type="button" className="button button--secondary" onClick={onAdd}>
          + {t('registry.issuance.addRow')}
        </button>
      </div>
    </div>
  );
}

function CsvErrors({ errors }: { errors: Errors }) {
  const { t } = useTranslation();
  const lines = Object.entries(errors)
    .map(([field, message]) => ({ line: LINE.exec(field)?.[1], message }))
    .filter((entry): entry is { line: string; message: string } => Boolean(entry.line))
    .sort((a, b) => Number(a.line) - Number(b.line));
  if (lines.length === 0) return null;
  return (
    <div className="form-alert registry-alert" id="csv-line-errors" data-testid="csv-line-errors">
      <p className="form-alert__title">{t('registry.issuance.csvErrorsTitle', { count: lines.length })}</p>
      <ul>
        {lines.map(({ line, message }) => (
          <li key={line}>
            <strong>{t('registry.issuance.line', { line })}</strong> {message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Form({ projects }: { projects: Project[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const nextKey = useRef(2);
  const [fields, setFields] = useState({
    projectCode: projects[0]?.code ?? '',
    vintage: '',
    serialFirst: '',
    serialLast: '',
    tgoReference: '',
    issuedOn: '',
  });
  const [mode, setMode] = useState<'rows' | 'csv'>('rows');
  const [rows, setRows] = useState<Row[]>([{ key: 1, laoCode: '', quantity: '' }]);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [plan, setPlan] = useState<IssuancePlan | null>(null);
  const [confirming, setConfirming] = useState(false);
  const preview = usePreviewIssuance();
  const create = useCreateIssuance();

  const project = projects.find((p) => p.code === fields.projectCode);
  const input: IssuanceInput = {
    ...fields,
    allocation: mode === 'rows' ? { mode, rows: rows.map(({ laoCode, quantity }) => ({ laoCode, quantity })) } : { mode, file },
  };
  const quantity = issuanceQuantity(fields.serialFirst, fields.serialLast);

  /** Any change makes the last preview stale: it must be previewed again before it can be confirmed. */
  const changed = () => {
    setPlan(null);
    preview.reset();
  };
  const setField = (name: keyof typeof fields, value: string) => {
    setFields((current) => ({ ...current, [name]: value }));
    setErrors(({ [name]: _, ...rest }) => rest);
    changed();
  };

  const showErrors = (next: Errors) => {
    setErrors(next);
    focusFirstInvalidSoon(formRef.current);
  };

  const onPreview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = z.safeParse(IssuanceInputSchema, input);
    if (!checked.success) {
      setPlan(null);
      showErrors(validationErrors(checked.error, t, serverFieldName));
      return;
    }
    setErrors({});
    preview.mutate(input, {
      onSuccess: (result) => {
        setPlan(result);
        const next: Errors = {};
        for (const problem of result.errors) if (!(problem.field in next)) next[problem.field] = problem.message;
        if (Object.keys(next).length > 0) showErrors(next);
      },
      onError: (error) => showErrors(translateProblem(error, t).fieldErrors),
    });
  };

  const onConfirm = () => {
    create.mutate(input, {
      onSuccess: (issuance) => void navigate(paths.adminIssuance.getHref(issuance.id), { state: { created: true } }),
    });
  };

  const allocated = mode === 'rows' ? allocatedQuantity(rows) : (plan?.allocated ?? 0);
  const fieldError = (name: string) => errors[name];
  const knownFields = new Set(['projectCode', 'vintage', 'serialFirst', 'serialLast', 'tgoReference', 'issuedOn', 'allocations', 'file']);
  const otherErrors = Object.entries(errors).filter(
    ([field]) => !knownFields.has(field) && !field.startsWith('allocations[') && !LINE.test(field),
  );
  const errorCount = Object.keys(errors).length;

  const text = (name: keyof typeof fields, label: string, extra: { hint?: ReactNode; inputMode?: 'numeric'; type?: string } = {}) => (
    <Field id={`${id}-${name}`} name={name} label={label} error={fieldError(name)} hint={extra.hint}>
      {(control) => (
        <input
          {...control}
          className="input"
          type={extra.type ?? 'text'}
          inputMode={extra.inputMode}
          autoComplete="off"
          value={fields[name]}
          onChange={(event) => setField(name, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form ref={formRef} className="stack" onSubmit={onPreview} noValidate aria-describedby={errorCount ? `${id}-summary` : undefined}>
      {errorCount > 0 ? (
        <div className="form-alert registry-alert" id={`${id}-summary`} role="alert">
          <p className="form-alert__title">{t('registry.issuance.errorsTitle', { count: errorCount })}</p>
          <FieldErrorList errors={otherErrors} />
        </div>
      ) : null}

      <fieldset className="card registry-fieldset">
        <legend className="card__title">{t('registry.issuance.issuanceLegend')}</legend>
        <div className="registry-grid">
          <Field id={`${id}-projectCode`} name="projectCode" label={t('registry.common.project')} error={fieldError('projectCode')}>
            {(control) => (
              <select {...control} className="select" value={fields.projectCode} onChange={(event) => setField('projectCode', event.target.value)}>
                {projects.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.code} · {format.language === 'th' ? p.nameTh : p.nameEn}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`${id}-vintage`} name="vintage" label={t('registry.common.vintage')} error={fieldError('vintage')}>
            {(control) => (
              <select {...control} className="select" value={fields.vintage} onChange={(event) => setField('vintage', event.target.value)}>
                <option value="">{t('registry.issuance.chooseVintage')}</option>
                {vintagesOf(project).map((year) => (
                  <option key={year} value={year}>
                    {format.year(year)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('serialFirst', t('registry.issuance.serialFirst'), { inputMode: 'numeric' })}
          {text('serialLast', t('registry.issuance.serialLast'), { inputMode: 'numeric' })}
          {text('tgoReference', t('registry.issuance.tgoReference'))}
          {text('issuedOn', t('registry.issuance.issuedOn'), { type: 'date' })}
        </div>
      </fieldset>

      <fieldset className="card registry-fieldset">
        <legend className="card__title">{t('registry.issuance.allocationLegend')}</legend>
        <div className="registry-tabs" role="radiogroup" aria-label={t('registry.issuance.modeLabel')}>
          {(['rows', 'csv'] as const).map((option) => (
            <label key={option} className={`registry-tabs__option${mode === option ? ' registry-tabs__option--active' : ''}`}>
              <input
                type="radio"
                name="mode"
                value={option}
                checked={mode === option}
                onChange={() => {
                  setMode(option);
                  setErrors({});
                  changed();
                }}
              />
              {t(`registry.issuance.mode.${option}`)}
            </label>
          ))}
        </div>
        {mode === 'rows' ? (
          <AllocationRows
            rows={rows}
            errors={errors}
            onChange={(index, row) => {
              setRows((current) => current.map((r, i) => (i === index ? row : r)));
              setErrors(({ [`allocations[${index}].laoCode`]: _a, [`allocations[${index}].quantity`]: _b, [`allocations[${index}]`]: _c, ...rest }) => rest);
              changed();
            }}
            onAdd={() => {
              setRows((current) => [...current, { key: nextKey.current++, laoCode: '', quantity: '' }]);
              changed();
            }}
            onRemove={(index) => {
              setRows((current) => current.filter((_, i) => i !== index));
              setErrors({}); // row numbers shift: old messages would point at the wrong rows
              changed();
            }}
          />
        ) : (
          <div className="stack">
            <Field
              id={`${id}-file`}
              name="file"
              label={t('registry.issuance.csvFile')}
              hint={t('registry.issuance.csvHint')}
              error={fieldError('file')}
            >
              {(control) => (
                <input
                  {...control}
                  aria-describedby={[control['aria-describedby'], Object.keys(errors).some((f) => LINE.test(f)) ? 'csv-line-errors' : null].filter(Boolean).join(' ') || undefined}
                  aria-invalid={control['aria-invalid'] || Object.keys(errors).some((f) => LINE.test(f))}
                  className="input"
                  type="file"
                  accept=".csv,text/csv"
                  onChange={(event) => {
                    setFile(event.target.files?.[0] ?? null);
                    setErrors({});
                    changed();
                  }}
                />
              )}
            </Field>
            <CsvErrors errors={errors} />
          </div>
        )}
        <SumCheck quantity={mode === 'rows' ? quantity : (plan?.quantity ?? quantity)} allocated={allocated} serverError={errors.allocations} />
      </fieldset>

      {preview.isError && Object.keys(translateProblem(preview.error, t).fieldErrors).length === 0 ? (
        <AccessProblem error={preview.error} />
      ) : null}
      {plan ? <PlanView plan={plan} /> : null}

      <div className="cluster">
        <button type="submit" className="button button--secondary" disabled={preview.isPending} aria-busy={preview.isPending}>
          {preview.isPending ? t('registry.common.working') : t('registry.issuance.preview')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!plan?.valid}
          onClick={() => {
            create.reset();
            setConfirming(true);
          }}
        >
          {t('registry.issuance.confirm')}
        </button>
        {!plan?.valid ? <span className="muted small">{t('registry.issuance.confirmHint')}</span> : null}
      </div>

      {confirming && plan ? (
        <ConfirmDialog
          title={t('registry.issuance.dialogTitle')}
          confirmLabel={t('registry.issuance.dialogConfirm')}
          pending={create.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={onConfirm}
          error={create.isError ? <CreateError error={create.error} /> : null}
        >
          <p>
            {t('registry.issuance.dialogMessage', {
              quantity: format.number(plan.quantity),
              vintage: format.year(Number(fields.vintage)),
              project: fields.projectCode,
              laos: format.number(plan.blocks.length),
              reference: fields.tgoReference.trim(),
            })}
          </p>
          <p className="muted small">{t('registry.issuance.dialogWarning')}</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

/** Problems the form cannot show next to a control, named as the server names them. */
function FieldErrorList({ errors }: { errors: [string, string][] }) {
  if (errors.length === 0) return null;
  return (
    <ul>
      {errors.map(([field, message]) => (
        <li key={field}>
          <span className="code">{field}</span>: {message}
        </li>
      ))}
    </ul>
  );
}

function CreateError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problem = translateProblem(error, t);
  return (
    <div className="form-alert registry-alert" role="alert">
      <p className="form-alert__title">{problem.title}</p>
      <p>{problem.message}</p>
      <FieldErrorList errors={Object.entries(problem.fieldErrors)} />
    </div>
  );
}

/** DLA admin: record a T-VER issuance and its allocation, previewed and confirmed before anything is written. */
export function IssuanceImport() {
  const { t } = useTranslation();
  const projects = useProjects();
  return (
    <div className="stack registry">
      <PageHeader
        title={t('registry.issuance.newTitle')}
        description={t('registry.issuance.newDescription')}
        before={
          <Link className="back-link" to={paths.adminIssuances.getHref()}>
            <span aria-hidden="true">← </span>
            {t('registry.issuance.backToList')}
          </Link>
        }
      />
      {projects.isPending ? (
        <Spinner />
      ) : projects.isError ? (
        <ErrorState error={projects.error} onRetry={() => void projects.refetch()} />
      ) : (
        <Form projects={projects.data} />
      )}
    </div>
  );
}

