import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import { useUnreadCount } from '../api/get-unread-count';

/** The header's link to the inbox with the number of unread notifications (polled while signed in). */
export function UnreadBadge({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const unread = useUnreadCount({ enabled: signedIn });
  if (!signedIn) return null;
  const count = unread.data?.unread ?? 0;
  return (
    <Link
      to={paths.notifications.getHref()}
      className="account__sign-in notification-link"
      aria-label={count > 0 ? `${t('notifications.title')} (${t('notifications.badge', { count: format.number(count) })})` : t('notifications.title')}
    >
      <span aria-hidden="true">🔔</span>
      {count > 0 ? (
        <span className="nav-badge" aria-hidden="true">
          {count > 99 ? '99+' : format.number(count)}
        </span>
      ) : null}
    </Link>
  );
}
