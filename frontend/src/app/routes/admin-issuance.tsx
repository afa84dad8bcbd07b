import { useParams } from 'react-router';

import { RequireRole } from '@/features/auth/components/require-role';
import { IssuanceDetail } from '@/features/registry/components/issuance-list';
import { LaoNameProvider } from '@/features/registry/components/lao-name';

import { renderDirectoryLaoName } from './registry-lao-name';

export default function AdminIssuanceRoute() {
  const { id = '' } = useParams();
  return (
    <RequireRole roles={['DLA_ADMIN']}>
      <LaoNameProvider value={renderDirectoryLaoName}>
        <IssuanceDetail key={id} id={id} />
      </LaoNameProvider>
    </RequireRole>
  );
}
