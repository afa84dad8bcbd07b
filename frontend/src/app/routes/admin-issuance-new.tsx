import { RequireRole } from '@/features/auth/components/require-role';
import { IssuanceImport } from '@/features/registry/components/issuance-form';

export default function AdminIssuanceNewRoute() {
  return (
    <RequireRole roles={['DLA_ADMIN']}>
      <IssuanceImport />
    </RequireRole>
  );
}
