import { useParams } from 'react-router';

import { RequireRole } from '@/features/auth/components/require-role';
import { useSession } from '@/features/auth/hooks/use-session';
import { LaoListingManage } from '@/features/market/components/lao-listing-manage';

export default function LaoListingRoute() {
  const { id = '' } = useParams();
  const session = useSession();
  return (
    <RequireRole roles={['LAO_OFFICER', 'DLA_ADMIN']}>
      <LaoListingManage id={id} viewerName={session.user?.displayName ?? ''} />
    </RequireRole>
  );
}
