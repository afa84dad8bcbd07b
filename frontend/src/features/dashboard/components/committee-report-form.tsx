import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FormAlert, FormField } from '@/components/ui/form-field';
import { isApiProblem } from '@/lib/api-problem';
import { zodFieldErrors, type FieldErrors } from '@/lib/forms';
import { translateProblem } from '@/lib/problem-translation';

import { REPORT_FORMATS, committeeReportSchema, useDownloadCommitteeReport } from '../api/download-committee-report';
import type { ReportFormat } from '../api/types';
import { bangkokToday, minusMonths } from '../utils/dates';

import '../dashboard.css';

const FIELDS = ['from', 'to'] as const;

/**
 * The provincial committee report (รายงานต่อคณะกรรมการ): a period and one button per format. The file is fetched
 * with the officer's token and saved; problems from the server appear next to the field they are about.
 */
export function CommitteeReportForm({ provinceCode, provinceName }: { provinceCode: string; provinceName: string }) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const chosen = useRef<ReportFormat>('pdf');
  const today = bangkokToday();
  const [from, setFrom] = useState(() => minusMonths(today, 3));
  const [to, setTo] = useState(today);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<ReportFormat | null>(null);
  const download = useDownloadCommitteeReport();

  const translate = (message: string) =>
    message.startsWith('dashboard.')
      ? (t as unknown as (key: string) => string)(message)
      : t(`validation.${message}` as 'validation.required', { defaultValue: message });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const format = chosen.current;
    setDone(null);
    download.reset();
    const parsed = committeeReportSchema(today).safeParse({ from, to });
    if (!parsed.success) {
      const fieldErrors = zodFieldErrors(parsed.error);
      setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([field, message]) => [field, translate(message)])));
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    download.mutate(
      { provinceCode, from: parsed.data.from, to: parsed.data.to, format },
      {
        onSuccess: () => setDone(format),
        onError: (error) => {
          if (isApiProblem(error)) {
            const fieldErrors = Object.fromEntries(
              error.errors.filter((e) => (FIELDS as readonly string[]).includes(e.field)).map((e) => [e.field, e.message]),
            );
            if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
          }
        },
      },
    );
  };

  const problem = download.error ? translateProblem(download.error, t) : null;
  const problemOnFields =
    isApiProblem(download.error) && download.error.errors.some((e) => (FIELDS as readonly string[]).includes(e.field));

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('dashboard.report.title')}
      </h2>
      <p className="muted">{t('dashboard.report.description', { province: provinceName })}</p>
      <form ref={formRef} className="stack dash-report" noValidate onSubmit={onSubmit}>
        <div className="dash-report__period">
          <FormField id={`${id}-from`} name="from" label={t('dashboard.report.from')} error={errors.from} required>
            {(control) => (
              <input {...control} className="input" type="date" value={from} max={today} onChange={(e) => setFrom(e.target.value)} />
            )}
          </FormField>
          <FormField id={`${id}-to`} name="to" label={t('dashboard.report.to')} error={errors.to} required>
            {(control) => (
              <input {...control} className="input" type="date" value={to} max={today} onChange={(e) => setTo(e.target.value)} />
            )}
          </FormField>
        </div>
        {problem && !problemOnFields ? <FormAlert title={problem.title} message={problem.message} /> : null}
        <div className="cluster">
          {REPORT_FORMATS.map((format) => (
            <button
              key={format}
              type="submit"
              className={`button ${format === 'pdf' ? 'button--primary' : 'button--secondary'}`}
              disabled={download.isPending}
              onClick={() => {
                chosen.current = format;
              }}
            >
              {t(`dashboard.report.download.${format}`)}
            </button>
          ))}
        </div>
        <p className="small" role="status">
          {download.isPending
            ? t('dashboard.report.downloading')
            : done
              ? t('dashboard.report.done', { format: done.toUpperCase() })
              : ''}
        </p>
      </form>
    </section>
  );
}
