import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/i18n/use-format';

import { DOCUMENT_ACCEPT, MAX_DOCUMENTS, addDocuments, type DocumentRejection } from '../utils/documents';

type DocumentPickerProps = {
  id: string;
  files: readonly File[];
  onChange: (files: File[]) => void;
  /** An error from the server about the documents. */
  error?: string | undefined;
};

/** Chooses up to five PDF/JPEG/PNG files of at most 5 MB, listed (and removable) before anything is sent. */
export function DocumentPicker({ id, files, onChange, error }: DocumentPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const inputRef = useRef<HTMLInputElement>(null);
  const [rejected, setRejected] = useState<DocumentRejection[]>([]);

  const onPick = (picked: FileList | null) => {
    const result = addDocuments(files, [...(picked ?? [])]);
    setRejected(result.rejected);
    onChange(result.kept);
    if (inputRef.current) inputRef.current.value = ''; // the same file may be chosen again after removing it
  };

  const describedBy = [`${id}-hint`, rejected.length > 0 || error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <div className={`field${error || rejected.length > 0 ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {t('register.documents')} <span className="field__optional">({t('form.optional')})</span>
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('register.documentsHint', { max: format.number(MAX_DOCUMENTS) })}
      </p>
      {/* The native control stays (keyboard, screen readers); its browser-language text is replaced by a
          translated button and a translated count. */}
      <div className="file-picker">
        <input
          ref={inputRef}
          id={id}
          name="documents"
          className="file-picker__native"
          type="file"
          multiple
          accept={DOCUMENT_ACCEPT}
          disabled={files.length >= MAX_DOCUMENTS}
          aria-invalid={Boolean(error) || rejected.length > 0}
          aria-describedby={describedBy}
          onChange={(event) => onPick(event.target.files)}
        />
        {/* For pointers only (keyboard users are on the native input, whose focus shows here). */}
        <span
          className="button button--secondary file-picker__button"
          aria-hidden="true"
          onClick={() => inputRef.current?.click()}
        >
          {t('register.chooseFiles')}
        </span>
        <span className="file-picker__status" aria-hidden="true">
          {files.length === 0
            ? t('register.noFilesChosen')
            : t('register.filesChosen', { count: files.length, max: format.number(MAX_DOCUMENTS) })}
        </span>
      </div>
      {rejected.length > 0 || error ? (
        <div className="field__error" id={`${id}-error`}>
          {error ? <p>{error}</p> : null}
          {rejected.map((item) => (
            <p key={`${item.fileName}-${item.reason}`}>
              {t(`register.documentRejected.${item.reason}`, { name: item.fileName, max: format.number(MAX_DOCUMENTS) })}
            </p>
          ))}
        </div>
      ) : null}
      {files.length > 0 ? (
        <ul className="file-list" aria-label={t('register.chosenDocuments')}>
          {files.map((file, index) => (
            <li key={`${file.name}-${file.size}`} className="file-list__item">
              <span className="file-list__name">{file.name}</span>
              <span className="file-list__size">{format.fileSize(file.size)}</span>
              <button
                type="button"
                className="link-button file-list__remove"
                onClick={() => {
                  setRejected([]);
                  onChange(files.filter((_, i) => i !== index));
                }}
              >
                {t('register.removeDocument')}
                {' '}<span className="visually-hidden">{file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
