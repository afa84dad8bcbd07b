import { useParams } from 'react-router';

import { LaoAccountPage } from '@/features/registry/components/lao-account';
import { LaoNameProvider } from '@/features/registry/components/lao-name';

import { renderDirectoryLaoName } from './registry-lao-name';

export default function LaoAccountRoute() {
  const { code = '' } = useParams();
  return (
    <LaoNameProvider value={renderDirectoryLaoName}>
      <LaoAccountPage key={code} code={code} />
    </LaoNameProvider>
  );
}
