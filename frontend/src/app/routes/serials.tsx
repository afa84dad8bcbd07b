import { useParams } from 'react-router';

import { LaoNameProvider } from '@/features/registry/components/lao-name';
import { SerialLookup } from '@/features/registry/components/serial-lookup';

import { renderDirectoryLaoName } from './registry-lao-name';

export default function SerialsRoute() {
  const { serial } = useParams();
  return (
    <LaoNameProvider value={renderDirectoryLaoName}>
      <SerialLookup serial={serial} />
    </LaoNameProvider>
  );
}
