import { useParams } from 'react-router';

import { LaoFigures } from '@/features/dashboard/components/lao-figures';
import { LaoProfile } from '@/features/directory/components/lao-profile';
import { CreditSummaryCard } from '@/features/registry/components/credit-summary-card';

const LAO_CODE = /^\d{7}$/;

export default function LaoRoute() {
  const { code = '' } = useParams();
  // key: a new LAO starts from a clean state (no stale profile while the next one loads)
  return (
    <div className="stack" key={code}>
      <LaoProfile code={code} />
      {LAO_CODE.test(code) ? <CreditSummaryCard code={code} /> : null}
      {LAO_CODE.test(code) ? <LaoFigures code={code} /> : null}
    </div>
  );
}
