import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { FormAlert, FormField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { focusFirstInvalid, translateFieldErrors, zodFieldErrors, type FieldErrors } from '@/lib/forms';
import { translateProblem } from '@/lib/problem-translation';

import { useLaoOfficers } from '../api/get-lao-officers';
import { officerProposalSchema, useProposeOfficer } from '../api/propose-officer';
import type { OfficerProposal } from '../types';

import { AppointmentCard } from './appointment-card';

const EMPTY: OfficerProposal = { fullName: '', position: '', phone: '', email: '' };
const FIELDS = [
  { name: 'fullName', type: 'text', autoComplete: 'name' },
  { name: 'position', type: 'text', autoComplete: 'organization-title' },
  { name: 'phone', type: 'tel', autoComplete: 'tel' },
  { name: 'email', type: 'email', autoComplete: 'email' },
] as const;

/** An LAO officer's page: propose a new officer for the LAO, and see its appointments. */
export function LaoOfficers({ laoCode }: { laoCode: string }) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const officers = useLaoOfficers(laoCode);
  const propose = useProposeOfficer();
  const [values, setValues] = useState(EMPTY);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [proposed, setProposed] = useState<string | null>(null);

  const problem = propose.error ? translateProblem(propose.error, t) : null;
  const errors: FieldErrors = { ...problem?.fieldErrors, ...translateFieldErrors(t, clientErrors) };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProposed(null);
    const parsed = z.safeParse(officerProposalSchema, values);
    if (!parsed.success) {
      setClientErrors(zodFieldErrors(parsed.error));
      propose.reset();
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    setClientErrors({});
    propose.mutate(
      { laoCode, proposal: parsed.data },
      {
        onSuccess: (appointment) => {
          setValues(EMPTY);
          setProposed(appointment.fullName);
        },
        onError: () => requestAnimationFrame(() => focusFirstInvalid(formRef.current)),
      },
    );
  };

  return (
    <div className="profile-grid">
      <section className="card" aria-labelledby={`${id}-propose`}>
        <h2 className="card__title" id={`${id}-propose`}>
          {t('officers.proposeTitle')}
        </h2>
        <form ref={formRef} className="stack form" onSubmit={onSubmit} noValidate>
          <p className="muted small">{t('officers.proposeHint')}</p>
          {problem && Object.keys(problem.fieldErrors).length === 0 ? (
            <FormAlert title={problem.title} message={problem.message} />
          ) : null}
          {proposed ? (
            <p className="notice notice--success" role="status">
              {t('officers.proposedNotice', { name: proposed })}
            </p>
          ) : null}
          {FIELDS.map(({ name, type, autoComplete }) => (
            <FormField
              key={name}
              id={`${id}-${name}`}
              name={name}
              label={t(`officers.${name}`)}
              error={errors[name]}
              required
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type={type}
                  autoComplete={autoComplete}
                  maxLength={name === 'phone' ? 20 : 200}
                  value={values[name]}
                  onChange={(event) => {
                    const value = event.target.value;
                    setValues((previous) => ({ ...previous, [name]: value }));
                    if (clientErrors[name]) setClientErrors(({ [name]: _, ...rest }) => rest);
                  }}
                />
              )}
            </FormField>
          ))}
          <button type="submit" className="button button--primary" disabled={propose.isPending}>
            {propose.isPending ? t('common.working') : t('officers.proposeSubmit')}
          </button>
        </form>
      </section>

      <section className="stack" aria-labelledby={`${id}-list`}>
        <h2 className="section__title" id={`${id}-list`}>
          {t('officers.laoListTitle')}
        </h2>
        {officers.isPending ? (
          <Spinner />
        ) : officers.isError ? (
          <ErrorState error={officers.error} onRetry={() => void officers.refetch()} />
        ) : officers.data.length === 0 ? (
          <EmptyState title={t('officers.laoEmptyTitle')} message={t('officers.laoEmptyMessage')} />
        ) : (
          <ul className="appointment-list" role="list">
            {officers.data.map((appointment) => (
              <AppointmentCard key={appointment.id} appointment={appointment} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
