import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { FormField } from '@/components/ui/form-field';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';

const EXAMPLE = 'TH-LAO-2026-ABCD-EFGH-…';

/** Anyone types (or pastes) a certificate number and is taken to its public verification page. */
export function CertificateLookup() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const number = value.trim().toUpperCase().replace(/\s+/g, '');
    if (!number) {
      setError(t('settlement.verify.required'));
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    void navigate(paths.verifyCertificate.getHref(number));
  };

  return (
    <>
      <PageHeader title={t('settlement.verify.lookupTitle')} description={<p>{t('settlement.verify.lookupDescription')}</p>} />
      <form className="search-form" role="search" onSubmit={onSubmit} noValidate aria-label={t('settlement.verify.lookupTitle')}>
        <FormField
          id={`${id}-no`}
          name="certificateNo"
          label={t('settlement.verify.numberLabel')}
          hint={t('settlement.verify.numberHint', { example: EXAMPLE })}
          error={error}
          required
          className="field--grow"
        >
          {(control) => (
            <input
              {...control}
              ref={inputRef}
              className="input code"
              type="search"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="button button--primary">
          {t('settlement.verify.submit')}
        </button>
      </form>
    </>
  );
}
