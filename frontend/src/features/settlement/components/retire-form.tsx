import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert, FormField } from '@/components/ui/form-field';
import { paths } from '@/config/paths';
import { checkForm, focusFirstInvalid, type FieldErrors } from '@/lib/forms';
import { useFormat } from '@/lib/i18n/use-format';
import { translateProblem } from '@/lib/problem-translation';

import { useMyHoldings } from '../api/get-my-holdings';
import { retireSchema, useRetire, type RetireInput } from '../api/retire';
import type { Certificate } from '../types';

/** Retire credits from the buyer's holdings: quantity, optional vintage, beneficiary, purpose; confirmed first. */
export function RetireForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const holdings = useMyHoldings();
  const retire = useRetire();
  const [values, setValues] = useState<RetireInput>({ quantity: '', vintage: '', beneficiary: '', purpose: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState<RetireInput | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<Certificate | null>(null);
  const vintages = [...new Set((holdings.data?.balances ?? []).filter((b) => b.available > 0).map((b) => b.vintage))].sort();
  const set = (name: keyof RetireInput) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { data, errors: invalid } = checkForm(retireSchema, values, t, formRef.current);
    setErrors(invalid);
    if (!data) return;
    setProblem(null);
    retire.reset();
    setPending(data);
  };

  const confirm = () => {
    if (!pending) return;
    retire.mutate(pending, {
      onSuccess: (certificate) => {
        setPending(null);
        setDone(certificate);
      },
      onError: (error) => {
        const ui = translateProblem(error, t);
        if (!ui.retryable) {
          setPending(null);
          setProblem(error);
          setErrors(ui.fieldErrors);
          requestAnimationFrame(() => focusFirstInvalid(formRef.current));
        }
      },
    });
  };

  if (done) {
    return (
      <div className="success-panel stack" role="status">
        <h2 className="success-panel__title">{t('settlement.retire.done', { quantity: format.number(done.quantity) })}</h2>
        <p>
          {t('settlement.certificateNo')}: <span className="code" data-testid="certificate-no">{done.certificateNo}</span>
        </p>
        <p className="actions-row">
          <Link className="button button--primary" to={paths.verifyCertificate.getHref(done.certificateNo)}>
            {t('settlement.retire.viewCertificate')}
          </Link>
          <Link className="button button--secondary" to={paths.myRetirements.getHref()}>
            {t('settlement.retirements.title')}
          </Link>
        </p>
      </div>
    );
  }

  const ui = problem ? translateProblem(problem, t) : null;
  return (
    <>
      <form ref={formRef} className="stack narrow" onSubmit={onSubmit} noValidate>
        {ui ? <FormAlert title={ui.title} message={ui.message} /> : null}
        {holdings.data ? (
          <p className="notice">
            {t('settlement.retire.available', { formatted: format.number(holdings.data.totals.available) })}
          </p>
        ) : null}
        <FormField id={`${id}-q`} name="quantity" label={t('settlement.retire.quantity')} error={errors.quantity} required>
          {(control) => (
            <input {...control} className="input" inputMode="numeric" value={values.quantity} onChange={(e) => set('quantity')(e.target.value)} />
          )}
        </FormField>
        <FormField id={`${id}-v`} name="vintage" label={t('market.vintage')} hint={t('settlement.retire.vintageHint')} error={errors.vintage}>
          {(control) => (
            <select {...control} className="select" value={values.vintage} onChange={(e) => set('vintage')(e.target.value)}>
              <option value="">{t('market.anyVintage')}</option>
              {vintages.map((year) => (
                <option key={year} value={year}>
                  {format.year(year)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={`${id}-b`}
          name="beneficiary"
          label={t('settlement.retire.beneficiary')}
          hint={t('settlement.retire.beneficiaryHint')}
          error={errors.beneficiary}
          required
        >
          {(control) => (
            <input {...control} className="input" maxLength={200} value={values.beneficiary} onChange={(e) => set('beneficiary')(e.target.value)} />
          )}
        </FormField>
        <FormField
          id={`${id}-p`}
          name="purpose"
          label={t('settlement.retire.purpose')}
          hint={t('settlement.retire.purposeHint')}
          error={errors.purpose}
          required
        >
          {(control) => (
            <textarea {...control} className="input textarea" rows={3} maxLength={500} value={values.purpose} onChange={(e) => set('purpose')(e.target.value)} />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('settlement.retire.submit')}
          </button>
        </div>
      </form>
      {pending ? (
        <ConfirmDialog
          title={t('settlement.retire.confirmTitle')}
          message={t('settlement.retire.confirmMessage', {
            quantity: format.number(Number(pending.quantity)),
            beneficiary: pending.beneficiary.trim(),
          })}
          confirmLabel={t('settlement.retire.confirm')}
          tone="danger"
          pending={retire.isPending}
          error={retire.error ?? undefined}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </>
  );
}
