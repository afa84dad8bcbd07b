import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

import type { BuyerOrganisation } from '../types';

import { BuyerStatusBadge } from './buyer-status';

/** After registering: what happens next (DLA verifies; until then the organisation cannot trade). */
export function RegistrationSuccess({ organisation }: { organisation: BuyerOrganisation }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card stack success-panel" aria-labelledby="registration-done">
      <title>{`${t('register.doneTitle')} · ${t('app.name')}`}</title>
      <h1 className="success-panel__title" id="registration-done" ref={headingRef} tabIndex={-1}>
        {t('register.doneTitle')}
      </h1>
      <p>
        {t('register.doneOrganisation')} <strong lang="th">{organisation.nameTh}</strong>
      </p>
      <p>
        {t('buyers.status')}: <BuyerStatusBadge status={organisation.status} />
      </p>
      <p>{t('register.donePending')}</p>
      <p className="muted">{t('register.doneDocuments', { count: organisation.documents.length })}</p>
      <div className="cluster">
        <Link className="button button--primary" to={paths.signIn.getHref(paths.myOrganisation.getHref())}>
          {t('register.doneSignIn')}
        </Link>
        <Link className="button button--secondary" to={paths.home.getHref()}>
          {t('common.backHome')}
        </Link>
      </div>
    </section>
  );
}
