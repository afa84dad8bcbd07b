import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

import { paths } from '@/config/paths';
import { useLao } from '@/features/directory/api/get-lao';

/**
 * LAOs named in registry pages (owners, origins, counterparties): the directory's Thai name with a link to the
 * profile, falling back to the code. Routes compose features; the registry itself knows only LAO codes.
 */
export function DirectoryLaoName({ code }: { code: string }) {
  const { t } = useTranslation();
  const lao = useLao(code, { enabled: /^\d{7}$/.test(code) });
  return (
    <Link to={paths.lao.getHref(code)}>
      {lao.data ? <span lang="th">{lao.data.fullNameTh}</span> : t('registry.common.laoCode', { code })}
    </Link>
  );
}

/** For the registry's LaoNameProvider. */
export const renderDirectoryLaoName = (code: string) => <DirectoryLaoName code={code} />;
