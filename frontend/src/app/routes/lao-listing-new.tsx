import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { useSession } from '@/features/auth/hooks/use-session';
import { ListingDraftForm } from '@/features/market/components/listing-draft-form';

export default function LaoListingNewRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const codes = session.user?.laoCodes ?? [];
  const lao = codes.includes(params.get('lao') ?? '') ? (params.get('lao') ?? '') : (codes[0] ?? '');
  return (
    <RequireRole roles={['LAO_OFFICER']}>
      <PageHeader eyebrow={lao} title={t('market.officer.newTitle')} description={t('market.officer.newDescription')} />
      <ListingDraftForm laoCode={lao} />
    </RequireRole>
  );
}
