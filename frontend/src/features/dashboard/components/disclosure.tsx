import { useId, useState, type ReactNode } from 'react';

/**
 * A button that shows or hides a part of the page (a data table beside a chart). The content is only rendered
 * while open, so long tables cost nothing until someone asks for them.
 */
export function Disclosure({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="dash-details">
      <button
        type="button"
        className="link-button dash-details__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true" className="dash-details__marker">
          {open ? '▾' : '▸'}
        </span>{' '}
        {label}
      </button>
      <div id={id} hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
