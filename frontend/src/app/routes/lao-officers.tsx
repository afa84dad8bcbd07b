import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { useSession } from '@/features/auth/hooks/use-session';
import { useLao } from '@/features/directory/api/get-lao';
import { LaoOfficers } from '@/features/officers/components/lao-officers';

import { TenantPicker } from './tenant-picker';

function LaoOfficersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const session = useSession();
  const laoCodes = session.user?.laoCodes ?? [];
  const wanted = searchParams.get('lao');
  const laoCode = wanted && laoCodes.includes(wanted) ? wanted : (laoCodes[0] ?? '');
  const lao = useLao(laoCode, { enabled: laoCode !== '' });

  if (!laoCode) {
    return (
      <>
        <PageHeader title={t('officers.laoTitle')} />
        <EmptyState title={t('officers.noLaoTitle')} message={t('officers.noLaoMessage')} />
      </>
    );
  }
  return (
    <div className="stack">
      <PageHeader
        eyebrow={t('officers.laoTitle')}
        title={lao.data?.fullNameTh ?? laoCode}
        titleLang="th"
        description={t('officers.laoDescription')}
      >
        <TenantPicker
          id="lao-picker"
          label={t('officers.chooseLao')}
          value={laoCode}
          options={laoCodes.map((code) => ({ value: code, label: code }))}
          onChange={(code) => void navigate(paths.laoOfficers.getHref(code))}
        />
      </PageHeader>
      <LaoOfficers key={laoCode} laoCode={laoCode} />
    </div>
  );
}

export default function LaoOfficersRoute() {
  return (
    <RequireRole roles={['LAO_OFFICER']}>
      <LaoOfficersPage />
    </RequireRole>
  );
}
