import { NationalDashboard } from '@/features/dashboard/components/national-dashboard';

export default function DashboardRoute() {
  return <NationalDashboard />;
}
