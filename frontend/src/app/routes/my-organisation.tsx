import { RequireRole } from '@/features/auth/components/require-role';
import { MyOrganisation } from '@/features/buyers/components/my-organisation';

export default function MyOrganisationRoute() {
  return (
    <RequireRole roles={['BUYER']}>
      <MyOrganisation />
    </RequireRole>
  );
}
