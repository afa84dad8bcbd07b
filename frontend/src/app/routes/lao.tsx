import { useParams } from 'react-router';

import { LaoProfile } from '@/features/directory/components/lao-profile';

export default function LaoRoute() {
  const { code = '' } = useParams();
  // key: a new LAO starts from a clean state (no stale profile while the next one loads)
  return <LaoProfile key={code} code={code} />;
}
