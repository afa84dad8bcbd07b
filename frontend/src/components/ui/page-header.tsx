import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type PageHeaderProps = {
  title: string;
  /** The h1's content when it is more than the plain title (e.g. a Thai name marked lang="th"); default: title. */
  heading?: ReactNode;
  description?: ReactNode;
  eyebrow?: ReactNode;
  /** Shown above the title, e.g. a back link. */
  before?: ReactNode;
  children?: ReactNode;
  /** Language of the title when it differs from the UI (Thai proper names in the English UI). */
  titleLang?: string;
};

/** The page's single h1; also sets the document title (React 19 hoists <title> into <head>). */
export function PageHeader({ title, heading, description, eyebrow, before, children, titleLang }: PageHeaderProps) {
  const { t } = useTranslation();
  return (
    <div className="page-header">
      <title>{`${title} · ${t('app.name')}`}</title>
      {before ? <div className="page-header__before">{before}</div> : null}
      {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
      <h1 className="page-header__title" lang={titleLang}>
        {heading ?? title}
      </h1>
      {description ? <div className="page-header__description">{description}</div> : null}
      {children ? <div className="page-header__extra">{children}</div> : null}
    </div>
  );
}
