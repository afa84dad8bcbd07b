import { useId, useRef, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';

import { FormAlert, FormField, type ControlProps } from '@/components/ui/form-field';
import { focusFirstInvalid, translateFieldErrors, zodFieldErrors, type FieldErrors } from '@/lib/forms';
import { translateProblem } from '@/lib/problem-translation';

import {
  registrationFormSchema,
  toRegistration,
  useRegisterBuyer,
  type RegistrationForm as RegistrationFormValues,
} from '../api/register-buyer';
import { ORGANISATION_TYPES, type BuyerOrganisation } from '../types';

import { DocumentPicker } from './document-picker';

type TextField = Exclude<keyof RegistrationFormValues, 'type' | 'provinceCode'>;

/** A province to choose from (the route passes the directory's list: features do not import each other). */
export type ProvinceOption = { code: string; name: string };

const EMPTY: Record<keyof RegistrationFormValues, string> = {
  type: '',
  nameTh: '',
  nameEn: '',
  taxId: '',
  addressLine: '',
  subdistrict: '',
  district: '',
  provinceCode: '',
  postcode: '',
  contactName: '',
  email: '',
  phone: '',
  tgoAccountNo: '',
  username: '',
  password: '',
  confirmPassword: '',
};

const FIELDS = new Set(Object.keys(EMPTY));

/** The API's `address.line`, ... are separate fields of the form. */
const ADDRESS_FIELDS: Record<string, string> = {
  'address.line': 'addressLine',
  'address.subdistrict': 'subdistrict',
  'address.district': 'district',
  'address.provinceCode': 'provinceCode',
  'address.postcode': 'postcode',
};

/** Server field errors by our field names: `documents[0]` belongs to the documents; unknown ones to the form. */
function splitServerErrors(errors: FieldErrors) {
  const byField: FieldErrors = {};
  const other: string[] = [];
  for (const [raw, message] of Object.entries(errors)) {
    const field = ADDRESS_FIELDS[raw.replace(/^registration\./, '')] ?? raw;
    const base = field.replace(/[.[].*$/, '');
    if (base === 'documents' || base === 'registration.documents') byField.documents ??= message;
    else if (FIELDS.has(base)) byField[base] ??= message;
    else if (base.startsWith('registration.') && FIELDS.has(base.slice('registration.'.length))) {
      byField[base.slice('registration.'.length)] ??= message;
    } else other.push(message);
  }
  return { byField, other };
}

/** The public registration of a buyer organisation and its first user, with supporting documents. */
export function RegistrationForm({
  onRegistered,
  provinces,
}: {
  onRegistered: (organisation: BuyerOrganisation) => void;
  provinces: readonly ProvinceOption[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const register = useRegisterBuyer();
  const [values, setValues] = useState(EMPTY);
  const [documents, setDocuments] = useState<File[]>([]);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  // server errors are cleared field by field as people correct them
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  const problem = register.error ? translateProblem(register.error, t) : null;
  const server = splitServerErrors(problem?.fieldErrors ?? {});
  const serverErrors = Object.fromEntries(Object.entries(server.byField).filter(([field]) => !dismissed.has(field)));
  const errors: FieldErrors = { ...serverErrors, ...translateFieldErrors(t, clientErrors) };

  const afterRender = () => requestAnimationFrame(() => focusFirstInvalid(formRef.current));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = z.safeParse(registrationFormSchema, values);
    if (!parsed.success) {
      setClientErrors(zodFieldErrors(parsed.error));
      register.reset();
      afterRender();
      return;
    }
    setClientErrors({});
    setDismissed(new Set());
    register.mutate(
      { registration: toRegistration(parsed.data), documents },
      { onSuccess: onRegistered, onError: afterRender },
    );
  };

  const set = (field: keyof RegistrationFormValues, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (clientErrors[field]) setClientErrors(({ [field]: _, ...rest }) => rest);
    if (serverErrors[field]) setDismissed((previous) => new Set(previous).add(field));
  };

  const field = (
    name: TextField,
    render: (control: ControlProps) => ReactNode,
    {
      required = true,
      hint,
      label,
      className,
    }: { required?: boolean; hint?: ReactNode; label?: string; className?: string } = {},
  ) => (
    <FormField
      id={`${id}-${name}`}
      name={name}
      label={label ?? t(`register.${name}`)}
      error={errors[name]}
      hint={hint}
      required={required}
      {...(className ? { className } : {})}
    >
      {render}
    </FormField>
  );

  const input = (name: TextField, props: InputHTMLAttributes<HTMLInputElement> = {}) => (control: ControlProps) => (
    <input
      {...control}
      className="input"
      type="text"
      value={values[name]}
      onChange={(event) => set(name, event.target.value)}
      {...props}
    />
  );

  const individual = values.type === 'INDIVIDUAL';
  const formProblem =
    problem && Object.keys(server.byField).length === 0
      ? {
          title: problem.kind === 'conflict' ? t('register.conflictTitle') : problem.title,
          message: problem.kind === 'conflict' ? t('register.conflictMessage') : problem.message,
        }
      : null;
  const errorCount = Object.keys(errors).length;

  return (
    <form ref={formRef} className="stack form registration-form" onSubmit={onSubmit} noValidate>
      <p className="muted">{t('register.requiredNote')}</p>

      {formProblem ? <FormAlert title={formProblem.title} message={formProblem.message} /> : null}
      {!formProblem && errorCount > 0 ? (
        <FormAlert title={t('register.fixErrors', { count: errorCount })}>
          {server.other.length > 0 ? (
            <ul>
              {server.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </FormAlert>
      ) : null}

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('register.organisationSection')}</legend>
        <div className="form-grid">
          <FormField id={`${id}-type`} name="type" label={t('register.type')} error={errors.type} required>
            {(control) => (
              <select
                {...control}
                className="select"
                value={values.type}
                onChange={(event) => set('type', event.target.value)}
              >
                <option value="">{t('register.typePlaceholder')}</option>
                {ORGANISATION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`organisationType.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {field(
            'taxId',
            input('taxId', {
              inputMode: 'numeric',
              autoComplete: 'off',
              maxLength: 13,
              // digits only: people paste IDs written as 0-1055-36112-01-4
              onChange: (event) => set('taxId', event.target.value.replace(/\D/g, '')),
            }),
            {
              label: individual ? t('register.citizenId') : t('register.taxId'),
              hint: t('register.taxIdHint'),
            },
          )}
          {field('nameTh', input('nameTh', { lang: 'th', autoComplete: 'organization', maxLength: 200 }), {
            label: individual ? t('register.personNameTh') : t('register.nameTh'),
          })}
          {field('nameEn', input('nameEn', { lang: 'en', maxLength: 200 }), {
            label: individual ? t('register.personNameEn') : t('register.nameEn'),
          })}
          {field('addressLine', input('addressLine', { lang: 'th', autoComplete: 'address-line1', maxLength: 300 }))}
          {field('subdistrict', input('subdistrict', { lang: 'th', maxLength: 100 }))}
          {field('district', input('district', { lang: 'th', autoComplete: 'address-level2', maxLength: 100 }))}
          <FormField
            id={`${id}-provinceCode`}
            name="provinceCode"
            label={t('register.provinceCode')}
            error={errors.provinceCode}
            required
          >
            {(control) => (
              <select
                {...control}
                className="input select"
                value={values.provinceCode}
                onChange={(event) => set('provinceCode', event.target.value)}
              >
                <option value="">{t('register.chooseProvince')}</option>
                {provinces.map((province) => (
                  <option key={province.code} value={province.code}>
                    {province.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {field('postcode', input('postcode', { inputMode: 'numeric', autoComplete: 'postal-code', maxLength: 5 }))}
          {field('tgoAccountNo', input('tgoAccountNo', { maxLength: 50, autoComplete: 'off' }), {
            required: false,
            hint: t('register.tgoAccountNoHint'),
          })}
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('register.contactSection')}</legend>
        <div className="form-grid">
          {field('contactName', input('contactName', { autoComplete: 'name', maxLength: 200 }))}
          {field('email', input('email', { type: 'email', autoComplete: 'email', maxLength: 254 }))}
          {field('phone', input('phone', { type: 'tel', autoComplete: 'tel', maxLength: 20 }), {
            hint: t('register.phoneHint'),
          })}
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('register.accountSection')}</legend>
        <div className="form-grid">
          {field(
            'username',
            input('username', { autoComplete: 'username', autoCapitalize: 'none', spellCheck: false, maxLength: 64 }),
            { hint: t('register.usernameHint') },
          )}
          {field('password', input('password', { type: 'password', autoComplete: 'new-password', maxLength: 128 }), {
            hint: t('register.passwordHint'),
            className: 'form-grid__row-start',
          })}
          {field(
            'confirmPassword',
            input('confirmPassword', { type: 'password', autoComplete: 'new-password', maxLength: 128 }),
          )}
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('register.documentsSection')}</legend>
        <DocumentPicker
          id={`${id}-documents`}
          files={documents}
          error={errors.documents}
          onChange={(files) => {
            setDocuments(files);
            if (serverErrors.documents) setDismissed((previous) => new Set(previous).add('documents'));
          }}
        />
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button--primary button--large" disabled={register.isPending}>
          {register.isPending ? t('register.submitting') : t('register.submit')}
        </button>
      </div>
    </form>
  );
}
