import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert, FormField } from '@/components/ui/form-field';
import { translateProblem } from '@/lib/problem-translation';
import { useFormat } from '@/lib/i18n/use-format';

import { useImportLaos, type ImportReport } from '../api/import-laos';

const MAX_BYTES = 20 * 1024 * 1024;

function Issues({ title, issues }: { title: string; issues: ImportReport['rejected'] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <section className="stack" aria-label={title}>
      <h3>{title}</h3>
      <table className="table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('directoryImport.line')}</th>
            <th scope="col">{t('directoryImport.field')}</th>
            <th scope="col">{t('directoryImport.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, 200).map((issue) => (
            <tr key={`${issue.line}-${issue.field ?? ''}-${issue.reason}`}>
              <td data-label={t('directoryImport.line')}>{issue.line}</td>
              <td data-label={t('directoryImport.field')}>{issue.field ?? '—'}</td>
              <td data-label={t('directoryImport.reason')}>{issue.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A DLA administrator uploads DLA's open-data LAO file (CSV); the directory is updated and the outcome shown. */
export function DirectoryImport() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const importLaos = useImportLaos();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [asking, setAsking] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setError(t('directoryImport.fileRequired'));
      inputRef.current?.focus();
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(t('directoryImport.fileTooBig'));
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    importLaos.reset();
    setAsking(true);
  };

  const report = importLaos.data;
  const problem = importLaos.error && !asking ? translateProblem(importLaos.error, t) : null;
  return (
    <div className="stack">
      <form className="stack narrow" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
        <h2 className="section__title" id={`${id}-title`}>
          {t('directoryImport.formTitle')}
        </h2>
        {problem ? <FormAlert title={problem.title} message={problem.message} /> : null}
        <FormField id={`${id}-file`} name="file" label={t('directoryImport.file')} hint={t('directoryImport.fileHint')} error={error} required>
          {(control) => (
            <input
              {...control}
              ref={inputRef}
              className="input"
              type="file"
              accept=".csv,text/csv"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={importLaos.isPending} aria-busy={importLaos.isPending}>
            {importLaos.isPending ? t('common.working') : t('directoryImport.submit')}
          </button>
        </div>
      </form>
      {report ? (
        <section className="stack" aria-labelledby={`${id}-report`} role="status">
          <h2 className="section__title" id={`${id}-report`}>
            {t('directoryImport.reportTitle')}
          </h2>
          <dl className="details details--compact">
            {(
              [
                ['rowsRead', report.rowsRead],
                ['laosInFile', report.laosInFile],
                ['inserted', report.inserted],
                ['updated', report.updated],
                ['unchanged', report.unchanged],
                ['rejectedCount', report.rejected.length],
              ] as const
            ).map(([key, value]) => (
              <div className="details__item" key={key}>
                <dt>{t(`directoryImport.${key}`)}</dt>
                <dd>{format.number(value)}</dd>
              </div>
            ))}
          </dl>
          <Issues title={t('directoryImport.rejected')} issues={report.rejected} />
          <Issues title={t('directoryImport.warnings')} issues={report.warnings} />
        </section>
      ) : null}
      {asking && file ? (
        <ConfirmDialog
          title={t('directoryImport.confirmTitle')}
          message={t('directoryImport.confirmMessage', { file: file.name })}
          confirmLabel={t('directoryImport.submit')}
          pending={importLaos.isPending}
          error={importLaos.error ?? undefined}
          onConfirm={() => importLaos.mutate({ file }, { onSuccess: () => setAsking(false) })}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </div>
  );
}
