import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/i18n/use-format';

import type { OfficerAppointment } from '../types';

/** One officer appointment as on DLA's roster form, with its status and decision. */
export function AppointmentCard({
  appointment,
  showLao = false,
  children,
}: {
  appointment: OfficerAppointment;
  showLao?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const a = appointment;
  return (
    <li className="appointment card" aria-labelledby={`appointment-${a.id}`}>
      <div className="appointment__head">
        <h2 className="appointment__name" id={`appointment-${a.id}`} lang="th">
          {a.fullName}
        </h2>
        <span className={`badge badge--${a.status.toLowerCase()}`}>{t(`appointmentStatus.${a.status}`)}</span>
      </div>
      <dl className="details details--compact">
        {showLao ? (
          <div className="details__item">
            <dt>{t('officers.lao')}</dt>
            <dd lang="th">
              {a.laoNameTh} <span className="muted small">({a.laoCode})</span>
            </dd>
          </div>
        ) : null}
        <div className="details__item">
          <dt>{t('officers.position')}</dt>
          <dd>{a.position}</dd>
        </div>
        <div className="details__item">
          <dt>{t('officers.phone')}</dt>
          <dd>
            <a href={`tel:${a.phone.replace(/[\s-]/g, '')}`}>{a.phone}</a>
          </dd>
        </div>
        <div className="details__item">
          <dt>{t('officers.email')}</dt>
          <dd>{a.email}</dd>
        </div>
        {a.proposedBy ? (
          <div className="details__item">
            <dt>{t('officers.proposedBy')}</dt>
            <dd>{a.proposedBy}</dd>
          </div>
        ) : null}
        {a.decidedAt ? (
          <div className="details__item">
            <dt>{t('officers.decided')}</dt>
            <dd>
              {format.date(a.decidedAt)}
              {a.decidedBy ? ` · ${a.decidedBy}` : ''}
            </dd>
          </div>
        ) : null}
        {a.reason ? (
          <div className="details__item">
            <dt>{t('officers.reason')}</dt>
            <dd>{a.reason}</dd>
          </div>
        ) : null}
      </dl>
      {children ? <div className="cluster appointment__actions">{children}</div> : null}
    </li>
  );
}
