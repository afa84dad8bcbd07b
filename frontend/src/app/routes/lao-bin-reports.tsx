import { useParams } from 'react-router';

import { RequireRole } from '@/features/auth/components/require-role';
import { BinReportsPage } from '@/features/registry/components/bin-reports';

export default function LaoBinReportsRoute() {
  const { code = '' } = useParams();
  return (
    <RequireRole roles={['LAO_OFFICER', 'PROVINCE_OFFICER', 'DLA_ADMIN']}>
      <BinReportsPage key={code} code={code} />
    </RequireRole>
  );
}
