import { useParams } from 'react-router';

import { BinReportsPage } from '@/features/registry/components/bin-reports';

export default function LaoBinReportsRoute() {
  const { code = '' } = useParams();
  return <BinReportsPage key={code} code={code} />;
}
