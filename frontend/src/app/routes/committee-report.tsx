import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { useSession } from '@/features/auth/hooks/use-session';
import { CommitteeReportForm } from '@/features/dashboard/components/committee-report-form';
import { useProvinces } from '@/features/directory/api/get-provinces';
import { useChosenProvince } from '@/features/directory/api/use-chosen-province';

import { TenantPicker } from './tenant-picker';

function CommitteeReportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const provinces = useProvinces();
  // DLA administrators may report on any province; provincial officers on their own.
  const codes = session.hasRole('DLA_ADMIN')
    ? (provinces.data ?? []).map((province) => province.code)
    : (session.user?.provinceCodes ?? []);
  const { provinceCode, nameOf } = useChosenProvince(codes);

  if (!provinceCode) {
    return (
      <>
        <PageHeader title={t('dashboard.report.title')} />
        <EmptyState title={t('officers.noProvinceTitle')} message={t('officers.noProvinceMessage')} />
      </>
    );
  }
  return (
    <div className="stack">
      <PageHeader
        eyebrow={t('dashboard.report.title')}
        title={t('dashboard.report.pageTitle', { province: nameOf(provinceCode) })}
        description={t('dashboard.report.pageDescription')}
      >
        <TenantPicker
          id="report-province-picker"
          label={t('officers.chooseProvince')}
          value={provinceCode}
          options={codes.map((code) => ({ value: code, label: nameOf(code) }))}
          onChange={(code) => void navigate(paths.committeeReport.getHref(code))}
        />
      </PageHeader>
      <CommitteeReportForm key={provinceCode} provinceCode={provinceCode} provinceName={nameOf(provinceCode)} />
      <p>
        <Link to={paths.provinceDashboard.getHref(provinceCode)}>
          {t('dashboard.report.dashboardLink', { province: nameOf(provinceCode) })}
        </Link>
      </p>
    </div>
  );
}

export default function CommitteeReportRoute() {
  return (
    <RequireRole roles={['PROVINCE_OFFICER', 'DLA_ADMIN']}>
      <CommitteeReportPage />
    </RequireRole>
  );
}
