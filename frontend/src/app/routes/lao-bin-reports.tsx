import { useParams } from 'react-router';

import { RequireRole } from '@/features/auth/components/require-role';
import { useSession } from '@/features/auth/hooks/use-session';
import { BinReportsPage } from '@/features/registry/components/bin-reports';

export default function LaoBinReportsRoute() {
  const { code = '' } = useParams();
  const session = useSession();
  // provincial officers and DLA administrators read the figures; only the LAO's own officers report them
  const canReport = session.status === 'authenticated' && session.user.laoCodes.includes(code);
  return (
    <RequireRole roles={['LAO_OFFICER', 'PROVINCE_OFFICER', 'DLA_ADMIN']}>
      <BinReportsPage key={code} code={code} canReport={canReport} />
    </RequireRole>
  );
}
