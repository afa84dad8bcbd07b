import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { FormAlert, FormField } from '@/components/ui/form-field';
import { paths } from '@/config/paths';
import { checkForm, focusFirstInvalid, type FieldErrors } from '@/lib/forms';

import { draftListingSchema, toDraftListing, useDraftListing, type DraftListingForm } from '../api/draft-listing';
import { LISTING_MODES } from '../types';
import { translateMarketProblem } from '../utils/problems';

const EMPTY: DraftListingForm = {
  mode: 'FIXED_PRICE',
  quantity: '',
  unitPrice: '',
  minLot: '1',
  vintage: '',
  endsAt: '',
  reservePrice: '',
  minIncrement: '',
  description: '',
};

/** An officer drafts a listing; the fields shown follow the mode (an auction has reserve, increment and end). */
export function ListingDraftForm({ laoCode }: { laoCode: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useDraftListing();
  const [values, setValues] = useState<DraftListingForm>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (name: keyof DraftListingForm) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const auction = values.mode === 'AUCTION';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { data, errors: invalid } = checkForm(draftListingSchema, values, t, formRef.current);
    setErrors(invalid);
    if (!data) return;
    draft.mutate(toDraftListing(laoCode, data), {
      onSuccess: (listing) => void navigate(paths.laoListing.getHref(listing.id)),
      onError: (error) => {
        setErrors(translateMarketProblem(error, t).fieldErrors);
        requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      },
    });
  };
  const problem = draft.error ? translateMarketProblem(draft.error, t) : null;

  const text = (name: keyof DraftListingForm, label: string, opts: { hint?: string; required?: boolean; inputMode?: 'numeric' | 'decimal' } = {}) => (
    <FormField id={`${id}-${name}`} name={name} label={label} hint={opts.hint} error={errors[name]} required={opts.required ?? false}>
      {(control) => (
        <input {...control} className="input" inputMode={opts.inputMode} value={values[name]} onChange={(e) => set(name)(e.target.value)} />
      )}
    </FormField>
  );

  return (
    <form ref={formRef} className="stack narrow-wide" onSubmit={onSubmit} noValidate>
      {problem && Object.keys(problem.fieldErrors).length === 0 ? <FormAlert title={problem.title} message={problem.message} /> : null}
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('market.modeLabel')}</legend>
        <div className="chip-group__options">
          {LISTING_MODES.map((mode) => (
            <label key={mode} className="chip">
              <input type="radio" name="mode" value={mode} checked={values.mode === mode} onChange={() => set('mode')(mode)} />{' '}
              {t(`market.mode.${mode}`)}
            </label>
          ))}
        </div>
        <p className="field__hint">{t(`market.bidForm.rule.${values.mode}`)}</p>
      </fieldset>
      <div className="form-grid">
        {text('quantity', t('market.quantity'), { required: true, inputMode: 'numeric' })}
        {text('minLot', t('market.minLot'), { required: true, inputMode: 'numeric', hint: t('market.officer.minLotHint') })}
        {auction
          ? text('reservePrice', t('market.reservePrice'), { required: true, inputMode: 'decimal', hint: t('market.officer.thbHint') })
          : text('unitPrice', t('market.unitPrice'), { required: true, inputMode: 'decimal', hint: t('market.officer.thbHint') })}
        {auction ? text('minIncrement', t('market.minIncrement'), { required: true, inputMode: 'decimal' }) : null}
        {text('vintage', t('market.officer.vintageCe'), { inputMode: 'numeric', hint: t('market.officer.vintageHint') })}
        <FormField
          id={`${id}-endsAt`}
          name="endsAt"
          label={t('market.endsAt')}
          hint={auction ? t('market.officer.endsAtAuction') : t('market.officer.endsAtHint')}
          error={errors.endsAt}
          required={auction}
        >
          {(control) => (
            <input {...control} className="input" type="datetime-local" value={values.endsAt} onChange={(e) => set('endsAt')(e.target.value)} />
          )}
        </FormField>
      </div>
      <FormField id={`${id}-description`} name="description" label={t('market.officer.descriptionField')} error={errors.description}>
        {(control) => (
          <textarea {...control} className="input textarea" rows={3} maxLength={2000} value={values.description} onChange={(e) => set('description')(e.target.value)} />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={draft.isPending} aria-busy={draft.isPending}>
          {draft.isPending ? t('common.working') : t('market.officer.saveDraft')}
        </button>
      </div>
    </form>
  );
}
