import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

type ListFiltersProps = {
  /** Accessible name of the search landmark. */
  label: string;
  queryLabel: string;
  /** The text search as it is in the URL; the box follows it (back/forward) but applies only on submit. */
  query: string;
  onQuery: (query: string) => void;
  select: {
    label: string;
    name: string;
    value: string;
    allLabel: string;
    options: ReadonlyArray<{ value: string; label: string }>;
    onChange: (value: string) => void;
  };
};

/** A list page's filters: a text search applied on submit and one select applied at once. */
export function ListFilters({ label, queryLabel, query, onQuery, select }: ListFiltersProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [text, setText] = useState(query);
  const [lastQuery, setLastQuery] = useState(query);
  if (lastQuery !== query) {
    setLastQuery(query);
    setText(query);
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onQuery(text.trim());
  };

  return (
    <form role="search" aria-label={label} className="search-form" onSubmit={onSubmit}>
      <div className="field field--grow">
        <label className="field__label" htmlFor={`${ids}-q`}>
          {queryLabel}
        </label>
        <div className="search-form__query">
          <input
            id={`${ids}-q`}
            className="input"
            type="search"
            name="q"
            value={text}
            maxLength={100}
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button button--primary">
            {t('common.search')}
          </button>
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-select`}>
          {select.label}
        </label>
        <select
          id={`${ids}-select`}
          className="select"
          name={select.name}
          value={select.value}
          onChange={(event) => select.onChange(event.target.value)}
        >
          <option value="">{select.allLabel}</option>
          {select.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
