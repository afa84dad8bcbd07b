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
  const shown = count > 99 ? '99+' : format.number(count);
  return (
    // The name holds the visible count (label-in-name: what is seen is part of what is said).
    <Link
      to={paths.notifications.getHref()}
      className="account__sign-in notification-link"
      aria-label={count > 0 ? `${t('notifications.title')} ${shown} ${t('notifications.unreadSuffix')}` : t('notifications.title')}
    >
      <svg className="notification-link__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          d="M12 3a6 6 0 0 0-6 6v3.6L4.4 15.8A1 1 0 0 0 5.3 17.3h13.4a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6zm-2.2 15.6a2.3 2.3 0 0 0 4.4 0z"
          fill="currentColor"
        />
      </svg>
      {count > 0 ? <span className="nav-badge">{shown}</span> : null}
    </Link>
  );
}
