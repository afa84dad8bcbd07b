import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';

import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { translateProblem } from '@/lib/problem-translation';

import { useReportingWindows } from '../api/get-reporting-windows';
import { WindowInputSchema, useOpenReportingWindow, type WindowInput } from '../api/open-reporting-window';
import { focusFirstInvalidSoon, validationErrors } from '../utils/form-errors';

import { AccessProblem } from './access-problem';
import { Field } from './registry-field';
import { ReportingWindowList } from './reporting-windows';

import '../registry.css';

const EMPTY: WindowInput = { title: '', periodStart: '', periodEnd: '', opensOn: '', closesOn: '' };

/** DLA admin: open a wet-waste-bin reporting window (windows may not overlap). */
export function ReportingWindowAdmin() {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const windows = useReportingWindows();
  const open = useOpenReportingWindow();
  const [values, setValues] = useState<WindowInput>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = z.safeParse(WindowInputSchema, values);
    if (!checked.success) {
      setErrors(validationErrors(checked.error, t));
      focusFirstInvalidSoon(formRef.current);
      return;
    }
    setErrors({});
    open.mutate(values, {
      onSuccess: () => setValues(EMPTY),
      onError: (error) => {
        setErrors(translateProblem(error, t).fieldErrors);
        focusFirstInvalidSoon(formRef.current);
      },
    });
  };

  return (
    <div className="stack registry">
      <PageHeader title={t('registry.windows.adminTitle')} description={t('registry.windows.adminDescription')} />
      <div className="registry-columns">
        <form ref={formRef} className="card stack" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
          <h2 className="card__title" id={`${id}-heading`}>
            {t('registry.windows.formTitle')}
          </h2>
          <div className="registry-grid">
            {(['title', 'periodStart', 'periodEnd', 'opensOn', 'closesOn'] as const).map((name) => (
              <Field key={name} id={`${id}-${name}`} name={name} label={t(`registry.windows.fields.${name}`)} error={errors[name]}>
                {(control) => (
                  <input
                    {...control}
                    className="input"
                    type={name === 'title' ? 'text' : 'date'}
                    value={values[name]}
                    onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
                  />
                )}
              </Field>
            ))}
          </div>
          {open.isError && Object.keys(translateProblem(open.error, t).fieldErrors).length === 0 ? <AccessProblem error={open.error} /> : null}
          {open.isSuccess ? (
            <div className="registry-success" role="status">
              <p className="registry-success__title">{t('registry.windows.opened', { title: open.data.title })}</p>
            </div>
          ) : null}
          <div>
            <button type="submit" className="button button--primary" disabled={open.isPending} aria-busy={open.isPending}>
              {open.isPending ? t('registry.common.working') : t('registry.windows.submit')}
            </button>
          </div>
        </form>
        <section className="card" aria-labelledby={`${id}-list`}>
          <h2 className="card__title" id={`${id}-list`}>
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
      </div>
    </div>
  );
}
