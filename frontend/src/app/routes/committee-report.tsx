import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { useSession } from '@/features/auth/hooks/use-session';
import { CommitteeReportForm } from '@/features/dashboard/components/committee-report-form';
import { useProvinces } from '@/features/directory/api/get-provinces';
import { useFormat } from '@/lib/i18n/use-format';

import { TenantPicker } from './tenant-picker';

function CommitteeReportPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const session = useSession();
  const provinces = useProvinces();
  // DLA administrators may report on any province; provincial officers on their own.
  const codes = session.hasRole('DLA_ADMIN')
    ? (provinces.data ?? []).map((province) => province.code)
    : (session.user?.provinceCodes ?? []);
  const wanted = searchParams.get('province');
  const provinceCode = wanted && codes.includes(wanted) ? wanted : (codes[0] ?? '');
  const nameOf = (code: string) => {
    const province = provinces.data?.find((candidate) => candidate.code === code);
    if (!province) return code;
    return language === 'th' ? province.nameTh : province.nameEn;
  };

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
