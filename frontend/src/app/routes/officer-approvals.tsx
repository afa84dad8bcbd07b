import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { useSession } from '@/features/auth/hooks/use-session';
import { useChosenProvince } from '@/features/directory/api/use-chosen-province';
import { ProvinceApprovals } from '@/features/officers/components/province-approvals';

import { TenantPicker } from './tenant-picker';

function OfficerApprovalsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const codes = session.user?.provinceCodes ?? [];
  const { provinceCode, nameOf } = useChosenProvince(codes);

  if (!provinceCode) {
    return (
      <>
        <PageHeader title={t('officers.approvalsTitle')} />
        <EmptyState title={t('officers.noProvinceTitle')} message={t('officers.noProvinceMessage')} />
      </>
    );
  }
  return (
    <div className="stack">
      <PageHeader
        eyebrow={t('officers.approvalsTitle')}
        title={t('officers.provinceTitle', { province: nameOf(provinceCode) })}
        description={t('officers.approvalsDescription')}
      >
        <TenantPicker
          id="province-picker"
          label={t('officers.chooseProvince')}
          value={provinceCode}
          options={codes.map((code) => ({ value: code, label: nameOf(code) }))}
          onChange={(code) => void navigate(paths.officerApprovals.getHref(code))}
        />
        <div className="cluster">
          <Link className="button button--secondary" to={paths.committeeReport.getHref(provinceCode)}>
            {t('nav.committeeReport')}
          </Link>
          <Link className="button button--secondary" to={paths.provinceDashboard.getHref(provinceCode)}>
            {t('nav.provinceDashboard')}
          </Link>
        </div>
      </PageHeader>
      <ProvinceApprovals key={provinceCode} provinceCode={provinceCode} />
    </div>
  );
}

export default function OfficerApprovalsRoute() {
  return (
    <RequireRole roles={['PROVINCE_OFFICER']}>
      <OfficerApprovalsPage />
    </RequireRole>
  );
}
