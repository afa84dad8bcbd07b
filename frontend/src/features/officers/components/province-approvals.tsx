import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Spinner } from '@/components/ui/spinner';
import { translateProblem } from '@/lib/problem-translation';

import { useDecideAppointment } from '../api/decide-appointment';
import { useDownloadRoster } from '../api/download-roster';
import { useProvinceAppointments } from '../api/get-province-appointments';
import { APPOINTMENT_STATUSES, isAppointmentStatus, type AppointmentStatus, type OfficerAppointment } from '../types';

import { AppointmentCard } from './appointment-card';

type Pending = { appointment: OfficerAppointment; decision: 'approve' | 'reject' };

/** The provincial officer's queue: proposed LAO officers of the province, approved or rejected one by one. */
export function ProvinceApprovals({ provinceCode }: { provinceCode: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<AppointmentStatus | ''>('PENDING');
  const appointments = useProvinceAppointments(provinceCode, status || undefined);
  const decide = useDecideAppointment();
  const roster = useDownloadRoster();
  const [open, setOpen] = useState<Pending | null>(null);
  const [done, setDone] = useState<Pending | null>(null);

  const confirm = (reason: string) => {
    if (!open) return;
    const input =
      open.decision === 'approve'
        ? { id: open.appointment.id, decision: 'approve' as const }
        : { id: open.appointment.id, decision: 'reject' as const, reason };
    decide.mutate(input, {
      onSuccess: () => {
        setDone(open);
        setOpen(null);
      },
    });
  };

  return (
    <div className="stack">
      <div className="toolbar">
        <div className="field">
          <label className="field__label" htmlFor="appointment-status">
            {t('officers.statusFilter')}
          </label>
          <select
            id="appointment-status"
            className="select"
            value={status}
            onChange={(event) => setStatus(isAppointmentStatus(event.target.value) ? event.target.value : '')}
          >
            {APPOINTMENT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`appointmentStatus.${value}`)}
              </option>
            ))}
            <option value="">{t('officers.allStatuses')}</option>
          </select>
        </div>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => roster.mutate(provinceCode)}
          disabled={roster.isPending}
        >
          {roster.isPending ? t('common.working') : t('officers.downloadRoster')}
        </button>
      </div>
      {roster.isError ? (
        <p className="field__error" role="alert">
          {t('officers.rosterFailed')} {translateProblem(roster.error, t).message}
        </p>
      ) : null}

      {done ? (
        <p className="notice notice--success" role="status">
          {t(done.decision === 'approve' ? 'officers.approvedNotice' : 'officers.rejectedNotice', {
            name: done.appointment.fullName,
          })}
        </p>
      ) : null}

      <section aria-label={t('officers.queueLabel')} className="stack">
        {appointments.isPending ? (
          <Spinner />
        ) : appointments.isError ? (
          <ErrorState error={appointments.error} onRetry={() => void appointments.refetch()} />
        ) : appointments.data.length === 0 ? (
          <EmptyState
            title={status === 'PENDING' ? t('officers.noPendingTitle') : t('officers.emptyTitle')}
            message={status === 'PENDING' ? t('officers.noPendingMessage') : undefined}
          />
        ) : (
          <ul className="appointment-list" role="list">
            {appointments.data.map((appointment) => (
              <AppointmentCard key={appointment.id} appointment={appointment} showLao>
                {appointment.status === 'PENDING' ? (
                  <>
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => {
                        decide.reset();
                        setOpen({ appointment, decision: 'approve' });
                      }}
                    >
                      {t('officers.approve')}
                      {' '}<span className="visually-hidden" lang="th">{appointment.fullName}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--danger-outline"
                      onClick={() => {
                        decide.reset();
                        setOpen({ appointment, decision: 'reject' });
                      }}
                    >
                      {t('officers.reject')}
                      {' '}<span className="visually-hidden" lang="th">{appointment.fullName}</span>
                    </button>
                  </>
                ) : null}
              </AppointmentCard>
            ))}
          </ul>
        )}
      </section>

      {open ? (
        <ConfirmDialog
          title={t(open.decision === 'approve' ? 'officers.confirmApproveTitle' : 'officers.confirmRejectTitle')}
          message={t(open.decision === 'approve' ? 'officers.confirmApproveMessage' : 'officers.confirmRejectMessage', {
            name: open.appointment.fullName,
            lao: open.appointment.laoNameTh,
          })}
          confirmLabel={t(open.decision === 'approve' ? 'officers.approve' : 'officers.reject')}
          tone={open.decision === 'approve' ? 'primary' : 'danger'}
          {...(open.decision === 'reject' ? { reasonLabel: t('officers.reason') } : {})}
          pending={decide.isPending}
          error={decide.error}
          onConfirm={confirm}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
