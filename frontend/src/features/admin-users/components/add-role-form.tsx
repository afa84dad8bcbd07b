import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';

import { translateFieldErrors, zodFieldErrors, type FieldErrors } from '@/lib/forms';
import { translateProblem } from '@/lib/problem-translation';
import { ROLES, isRole, type Role } from '@/lib/roles';

import { grantSchema, useAddRole } from '../api/add-role';
import { TENANT_KIND, type AdminUser } from '../types';

/** Grants one more role (in its tenant) to a user. */
export function AddRoleForm({ user, onAdded }: { user: AdminUser; onAdded: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const add = useAddRole();
  const [role, setRole] = useState<Role | ''>('');
  const [tenant, setTenant] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});

  const problem = add.error ? translateProblem(add.error, t) : null;
  const errors: FieldErrors = { ...problem?.fieldErrors, ...translateFieldErrors(t, clientErrors) };
  const kind = role ? TENANT_KIND[role] : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = z.safeParse(grantSchema, { role, tenant });
    if (!parsed.success) {
      setClientErrors(zodFieldErrors(parsed.error));
      add.reset();
      const form = event.currentTarget;
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setClientErrors({});
    const grant = { role: parsed.data.role, tenant: TENANT_KIND[parsed.data.role] ? parsed.data.tenant : null };
    add.mutate(
      { userId: user.id, grant },
      {
        onSuccess: () => {
          setRole('');
          setTenant('');
          onAdded(t('users.roleAdded', { role: t(`roles.${grant.role}`), name: user.displayName }));
        },
      },
    );
  };

  const roleError = errors.role;
  const tenantError = errors.tenant;
  return (
    <form className="add-role" onSubmit={onSubmit} noValidate aria-label={t('users.addRoleFor', { name: user.displayName })}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-role`}>
          {t('users.role')}
        </label>
        <select
          id={`${id}-role`}
          className="select"
          value={role}
          aria-invalid={Boolean(roleError)}
          aria-describedby={roleError ? `${id}-role-error` : undefined}
          onChange={(event) => {
            setRole(isRole(event.target.value) ? event.target.value : '');
            setClientErrors({});
          }}
        >
          <option value="">{t('users.chooseRole')}</option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`roles.${value}`)}
            </option>
          ))}
        </select>
        {roleError ? (
          <p className="field__error" id={`${id}-role-error`}>
            {roleError}
          </p>
        ) : null}
      </div>
      {kind ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-tenant`}>
            {t(`users.tenant.${kind}`)}
          </label>
          <input
            id={`${id}-tenant`}
            className="input"
            value={tenant}
            inputMode={kind === 'buyer' ? 'text' : 'numeric'}
            autoComplete="off"
            spellCheck={false}
            maxLength={36}
            aria-invalid={Boolean(tenantError)}
            aria-describedby={tenantError ? `${id}-tenant-error` : `${id}-tenant-hint`}
            onChange={(event) => setTenant(event.target.value)}
          />
          {tenantError ? (
            <p className="field__error" id={`${id}-tenant-error`}>
              {tenantError}
            </p>
          ) : (
            <p className="field__hint" id={`${id}-tenant-hint`}>
              {t(`users.tenantHint.${kind}`)}
            </p>
          )}
        </div>
      ) : null}
      <button type="submit" className="button button--secondary" disabled={add.isPending}>
        {add.isPending ? t('common.working') : t('users.addRole')}
      </button>
      {problem && !errors.role && !errors.tenant ? (
        <p className="field__error add-role__problem" role="alert">
          {problem.title}: {problem.message}
        </p>
      ) : null}
    </form>
  );
}
