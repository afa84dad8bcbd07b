import { useParams } from 'react-router';

import { useSession } from '@/features/auth/hooks/use-session';
import { CommitteeReportForm } from '@/features/dashboard/components/committee-report-form';
import { ProvinceDashboard } from '@/features/dashboard/components/province-dashboard';
import { useProvinces } from '@/features/directory/api/get-provinces';
import { useFormat } from '@/lib/i18n/use-format';

export default function ProvinceDashboardRoute() {
  const { code = '' } = useParams();
  const session = useSession();
  const { language } = useFormat();
  const provinces = useProvinces();
  // The province's own officers (and DLA administrators) get the committee report here too.
  const oversees =
    session.status === 'authenticated' &&
    ((session.hasRole('PROVINCE_OFFICER') && session.user.provinceCodes.includes(code)) || session.hasRole('DLA_ADMIN'));
  const province = provinces.data?.find((candidate) => candidate.code === code);
  const provinceName = province ? (language === 'th' ? province.nameTh : province.nameEn) : code;
  return (
    <ProvinceDashboard
      key={code}
      code={code}
      officerPanel={oversees ? <CommitteeReportForm provinceCode={code} provinceName={provinceName} /> : undefined}
    />
  );
}
