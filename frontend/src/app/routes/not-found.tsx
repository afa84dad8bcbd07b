import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';

export default function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <div className="stack not-found">
      <PageHeader eyebrow="404" title={t('notFound.title')} description={t('notFound.message')} />
      <div className="cluster">
        <Link className="button button--primary" to={paths.home.getHref()}>
          {t('common.backHome')}
        </Link>
        <Link className="button button--secondary" to={paths.laos.getHref()}>
          {t('lao.goToSearch')}
        </Link>
      </div>
    </div>
  );
}
