import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/i18n/use-format';

import type { ReportingWindow } from '../types';

/** DLA's reporting windows, newest first, the one open today highlighted. */
export function ReportingWindowList({ windows }: { windows: ReportingWindow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (windows.length === 0) return <p className="muted">{t('registry.windows.none')}</p>;
  return (
    <ul className="registry-windows" aria-label={t('registry.windows.listLabel')}>
      {windows.map((window) => (
        <li
          key={window.id}
          className={`registry-window${window.open ? ' registry-window--open' : ''}`}
          aria-current={window.open ? 'true' : undefined}
          data-testid={window.open ? 'open-window' : undefined}
        >
          <p className="registry-window__title">
            {window.title}
            {window.open ? <span className="registry-state registry-state--available">{t('registry.windows.openNow')}</span> : null}
          </p>
          <p className="small">
            {t('registry.windows.period', { start: format.date(window.periodStart), end: format.date(window.periodEnd) })}
          </p>
          <p className="small muted">
            {t('registry.windows.submission', { opens: format.date(window.opensOn), closes: format.date(window.closesOn) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
