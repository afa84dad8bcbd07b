import { RequireRole } from '@/features/auth/components/require-role';
import { IssuanceList } from '@/features/registry/components/issuance-list';

export default function AdminIssuancesRoute() {
  return (
    <RequireRole roles={['DLA_ADMIN']}>
      <IssuanceList />
    </RequireRole>
  );
}
