import { useParams } from 'react-router';

import { RequireRole } from '@/features/auth/components/require-role';
import { LaoAccountPage } from '@/features/registry/components/lao-account';
import { LaoNameProvider } from '@/features/registry/components/lao-name';

import { renderDirectoryLaoName } from './registry-lao-name';

export default function LaoAccountRoute() {
  const { code = '' } = useParams();
  return (
    <RequireRole roles={['LAO_OFFICER', 'PROVINCE_OFFICER', 'DLA_ADMIN']}>
      <LaoNameProvider value={renderDirectoryLaoName}>
        <LaoAccountPage key={code} code={code} />
      </LaoNameProvider>
    </RequireRole>
  );
}
