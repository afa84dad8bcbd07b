import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert, FormField } from '@/components/ui/form-field';
import { checkForm, type FieldErrors } from '@/lib/forms';
import { useFormat } from '@/lib/i18n/use-format';
import { translateProblem } from '@/lib/problem-translation';

import { bangkokToday, paymentReportSchema, useReportPayment, type PaymentReportInput } from '../api/report-payment';
import type { Trade } from '../types';

const today = () => bangkokToday();

/** The buyer reports a payment: transfer reference, date, optional slip; confirmed before it is sent. */
export function PaymentReportForm({ trade, onDone }: { trade: Trade; onDone: (reported: boolean) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const report = useReportPayment();
  const [reference, setReference] = useState('');
  const [paidOn, setPaidOn] = useState(today);
  const [slip, setSlip] = useState<File | undefined>(undefined);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState<PaymentReportInput | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { data, errors: invalid } = checkForm(paymentReportSchema, { reference, paidOn, slip }, t, formRef.current);
    setErrors(invalid);
    if (!data) return;
    setProblem(null);
    report.reset();
    setPending(data);
  };

  const confirm = () => {
    if (!pending) return;
    report.mutate(
      { id: trade.id, ...pending },
      {
        onSuccess: () => {
          setPending(null);
          onDone(true);
        },
        onError: (error) => {
          const ui = translateProblem(error, t);
          if (Object.keys(ui.fieldErrors).length > 0 || !ui.retryable) {
            setPending(null);
            setProblem(error);
            setErrors({ ...ui.fieldErrors, ...(ui.fieldErrors.paidAt ? { paidOn: ui.fieldErrors.paidAt } : {}) });
          }
        },
      },
    );
  };
  const ui = problem ? translateProblem(problem, t) : null;

  return (
    <>
      <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
        <h4 id={`${id}-title`}>{t('settlement.report.title')}</h4>
        {ui ? <FormAlert title={ui.title} message={ui.message} /> : null}
        <div className="form-grid">
          <FormField id={`${id}-ref`} name="reference" label={t('settlement.report.reference')} error={errors.reference} required>
            {(control) => (
              <input {...control} className="input" value={reference} maxLength={100} onChange={(e) => setReference(e.target.value)} />
            )}
          </FormField>
          <FormField
            id={`${id}-date`}
            name="paidOn"
            label={t('settlement.report.paidOn')}
            hint={paidOn ? format.date(paidOn) : undefined}
            error={errors.paidOn}
            required
          >
            {(control) => (
              <input {...control} className="input" type="date" max={today()} value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
            )}
          </FormField>
          <FormField id={`${id}-slip`} name="slip" label={t('settlement.report.slip')} hint={t('settlement.report.slipHint')} error={errors.slip}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="file"
                accept="application/pdf,image/jpeg,image/png"
                onChange={(e) => setSlip(e.target.files?.[0] ?? undefined)}
              />
            )}
          </FormField>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('settlement.report.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      {pending ? (
        <ConfirmDialog
          title={t('settlement.report.confirmTitle')}
          message={t('settlement.report.confirmMessage', {
            total: format.thb(trade.total),
            reference: pending.reference,
            date: format.date(pending.paidOn),
          })}
          confirmLabel={t('settlement.report.confirm')}
          pending={report.isPending}
          error={report.error ?? undefined}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </>
  );
}
