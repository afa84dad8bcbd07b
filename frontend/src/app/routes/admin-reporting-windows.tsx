import { RequireRole } from '@/features/auth/components/require-role';
import { ReportingWindowAdmin } from '@/features/registry/components/window-admin';

export default function AdminReportingWindowsRoute() {
  return (
    <RequireRole roles={['DLA_ADMIN']}>
      <ReportingWindowAdmin />
    </RequireRole>
  );
}
