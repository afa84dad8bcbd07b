import { ReportingWindowAdmin } from '@/features/registry/components/window-admin';

export default function AdminReportingWindowsRoute() {
  return <ReportingWindowAdmin />;
}
