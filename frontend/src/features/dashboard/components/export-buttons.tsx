import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { translateProblem } from '@/lib/problem-translation';

import { useDownloadExport } from '../api/download-export';
import type { ExportFilters, ExportFormat, ExportKind } from '../api/types';

import '../dashboard.css';

const FORMATS = ['csv', 'xlsx'] as const satisfies readonly ExportFormat[];

/**
 * CSV / XLSX buttons for `GET /api/v1/exports/{kind}` with the page's current filters. The file is fetched with the
 * access token when signed in (own rows with names) and anonymously otherwise (anonymised rows).
 */
export function ExportButtons({ kind, filters = {} }: { kind: ExportKind; filters?: ExportFilters }) {
  const { t } = useTranslation();
  const id = useId();
  const download = useDownloadExport();
  const [pending, setPending] = useState<ExportFormat | null>(null);
  const problem = download.error ? translateProblem(download.error, t) : null;
  return (
    <div className="dash-export" role="group" aria-labelledby={`${id}-label`}>
      <span className="dash-export__label" id={`${id}-label`}>
        {t(`dashboard.export.${kind}`)}
      </span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button button--secondary dash-export__button"
          disabled={download.isPending}
          aria-label={t('dashboard.export.buttonLabel', { what: t(`dashboard.export.${kind}`), format: format.toUpperCase() })}
          onClick={() => {
            setPending(format);
            download.mutate({ kind, format, filters }, { onSettled: () => setPending(null) });
          }}
        >
          {pending === format ? t('dashboard.export.working') : format.toUpperCase()}
        </button>
      ))}
      {problem ? (
        <p className="field__error dash-export__error" role="alert">
          {problem.title}: {problem.message}
        </p>
      ) : null}
    </div>
  );
}
