import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RequireRole } from '@/features/auth/components/require-role';
import { Inbox } from '@/features/notifications/components/inbox';
import { ROLES } from '@/lib/roles';

export default function NotificationsRoute() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={ROLES}>
      <PageHeader title={t('notifications.title')} description={t('notifications.description')} />
      <Inbox />
    </RequireRole>
  );
}
