import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';

import { FormAlert, FormField } from '@/components/ui/form-field';
import { focusFirstInvalid, translateFieldErrors, zodFieldErrors, type FieldErrors } from '@/lib/forms';
import { translateProblem } from '@/lib/problem-translation';

import { loginInputSchema, useLogin } from '../api/login';

type SignInFormProps = {
  /** Called after a successful sign-in (the route then returns the person to where they were). */
  onSignedIn: () => void;
};

/** Local sign-in with username and password. */
export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const login = useLogin();
  const [values, setValues] = useState({ username: '', password: '' });
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});

  const problem = login.error ? translateProblem(login.error, t) : null;
  const errors: FieldErrors = { ...problem?.fieldErrors, ...translateFieldErrors(t, clientErrors) };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = z.safeParse(loginInputSchema, values);
    if (!parsed.success) {
      setClientErrors(zodFieldErrors(parsed.error));
      login.reset();
      // after React has rendered the errors
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    setClientErrors({});
    login.mutate(parsed.data, {
      onSuccess: onSignedIn,
      onError: () => requestAnimationFrame(() => focusFirstInvalid(formRef.current)),
    });
  };

  const set = (field: keyof typeof values) => (value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (clientErrors[field]) setClientErrors(({ [field]: _, ...rest }) => rest);
  };

  const formProblem = problem && Object.keys(problem.fieldErrors).length === 0 ? problem : null;

  return (
    <form ref={formRef} className="stack form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 className="form__title" id={`${id}-title`}>
        {t('auth.localTitle')}
      </h2>
      {formProblem ? (
        <FormAlert
          title={formProblem.kind === 'invalid-credentials' ? t('auth.failedTitle') : formProblem.title}
          message={formProblem.kind === 'invalid-credentials' ? t('auth.failedMessage') : formProblem.message}
        />
      ) : null}
      <FormField id={`${id}-username`} name="username" label={t('auth.username')} error={errors.username} required>
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={64}
            value={values.username}
            onChange={(event) => set('username')(event.target.value)}
            aria-invalid={control['aria-invalid'] || formProblem?.kind === 'invalid-credentials'}
          />
        )}
      </FormField>
      <FormField id={`${id}-password`} name="password" label={t('auth.password')} error={errors.password} required>
        {(control) => (
          <input
            {...control}
            className="input"
            type="password"
            autoComplete="current-password"
            maxLength={128}
            value={values.password}
            onChange={(event) => set('password')(event.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="button button--primary button--block" disabled={login.isPending}>
        {login.isPending ? t('auth.signingIn') : t('auth.submit')}
      </button>
    </form>
  );
}
