import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { useSession } from '@/features/auth/hooks/use-session';
import { useProvinces } from '@/features/directory/api/get-provinces';
import { useFormat } from '@/lib/i18n/use-format';
import { ProvinceApprovals } from '@/features/officers/components/province-approvals';

import { TenantPicker } from './tenant-picker';

function OfficerApprovalsPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const session = useSession();
  const provinces = useProvinces();
  const codes = session.user?.provinceCodes ?? [];
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
