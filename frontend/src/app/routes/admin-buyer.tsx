import { useParams } from 'react-router';

import { RequireRole } from '@/features/auth/components/require-role';
import { AdminBuyerDetail } from '@/features/buyers/components/admin-buyer-detail';

export default function AdminBuyerRoute() {
  const { id = '' } = useParams();
  return (
    <RequireRole roles={['DLA_ADMIN']}>
      <AdminBuyerDetail key={id} id={id} />
    </RequireRole>
  );
}
