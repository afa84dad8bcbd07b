import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { FormAlert } from '@/components/ui/form-field';
import { Pagination } from '@/components/ui/pagination';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';
import { translateProblem } from '@/lib/problem-translation';

import { NOTIFICATIONS_PAGE_SIZE, useNotifications } from '../api/get-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';

/** A link of a notification, kept inside the app (the server sends paths such as `/my/trades`). */
function internalLink(link: string | null | undefined): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

/** The signed-in person's inbox: unread filter (in the URL), mark one or all read, links to the subject. */
export function Inbox() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const unread = params.get('unread') === 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useNotifications(unread, page - 1);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const problem = markRead.error ?? markAll.error;
  const ui = problem ? translateProblem(problem, t) : null;

  return (
    <div className="stack">
      <div className="toolbar actions-row">
        <nav className="tabs" aria-label={t('notifications.filterLabel')}>
          <Link className="tabs__link" to={paths.notifications.getHref()} aria-current={!unread ? 'page' : undefined}>
            {t('notifications.all')}
          </Link>
          <Link className="tabs__link" to={paths.notifications.getHref({ unread: true })} aria-current={unread ? 'page' : undefined}>
            {t('notifications.unread')}
          </Link>
        </nav>
        <button type="button" className="button button--secondary" onClick={() => markAll.mutate()} disabled={markAll.isPending}>
          {t('notifications.markAllRead')}
        </button>
      </div>
      {markAll.isSuccess ? (
        <p className="notice notice--success" role="status">
          {t('notifications.allMarked')}
        </p>
      ) : null}
      {ui ? <FormAlert title={ui.title} message={ui.message} /> : null}
      {list.isPending ? (
        <Spinner />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={unread ? t('notifications.emptyUnread') : t('notifications.emptyTitle')} message={t('notifications.emptyMessage')} />
      ) : (
        <>
          <ul className="notification-list" aria-busy={list.isPlaceholderData}>
            {list.data.items.map((n) => {
              const title = format.language === 'th' ? n.titleTh : n.titleEn;
              const link = internalLink(n.link);
              return (
                <li key={n.id} className={`card notification${n.read ? '' : ' notification--unread'}`}>
                  <div className="listing-card__head">
                    <p className="card__title">
                      {!n.read ? <span className="badge badge--pending">{t('notifications.new')}</span> : null}{' '}
                      {link ? <Link to={link}>{title}</Link> : title}
                    </p>
                    {!n.read ? (
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={t('notifications.markReadLabel', { title })}
                        onClick={() => markRead.mutate({ id: n.id })}
                        disabled={markRead.isPending}
                      >
                        {t('notifications.markRead')}
                      </button>
                    ) : null}
                  </div>
                  <p className="small muted">{format.date(n.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</p>
                </li>
              );
            })}
          </ul>
          <Pagination
            page={page}
            pageSize={NOTIFICATIONS_PAGE_SIZE}
            total={list.data.total}
            hrefForPage={(p) => paths.notifications.getHref({ unread, page: p })}
          />
        </>
      )}
    </div>
  );
}
