import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { ListFilters } from '@/components/ui/list-filters';
import { Pagination } from '@/components/ui/pagination';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';
import { ROLES, isRole } from '@/lib/roles';

import { USER_PAGE_SIZE, useUsers } from '../api/get-users';
import { useRemoveRole } from '../api/remove-role';
import type { AdminUser, Grant } from '../types';
import { parseUserSearchParams, toUserQuery, type UserFilters } from '../utils/search-params';

import { AddRoleForm } from './add-role-form';

/** DLA's users & roles: find people, see their grants, add a role in a tenant, remove one (confirmed). */
export function UserAdmin() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const filters = parseUserSearchParams(searchParams);
  const users = useUsers(toUserQuery(filters));
  const remove = useRemoveRole();
  const [removing, setRemoving] = useState<{ user: AdminUser; grant: Grant } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const apply = (next: Partial<UserFilters>) => void navigate(paths.adminUsers.getHref({ ...filters, page: 1, ...next }));

  const grantLabel = (grant: Grant) =>
    grant.tenant ? `${t(`roles.${grant.role}`)} · ${grant.tenant}` : t(`roles.${grant.role}`);

  return (
    <div className="stack">
      <ListFilters
        label={t('users.searchLabel')}
        queryLabel={t('users.qLabel')}
        query={filters.q}
        onQuery={(q) => apply({ q })}
        select={{
          label: t('users.role'),
          name: 'role',
          value: filters.role,
          allLabel: t('users.allRoles'),
          options: ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
          onChange: (value) => apply({ role: isRole(value) ? value : '' }),
        }}
      />

      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}

      <section aria-label={t('users.resultsLabel')} className="stack">
        {users.isPending ? (
          <Spinner />
        ) : users.isError ? (
          <ErrorState error={users.error} onRetry={() => void users.refetch()} />
        ) : users.data.items.length === 0 ? (
          <EmptyState title={t('users.emptyTitle')} message={t('users.emptyMessage')}>
            {filters.q || filters.role ? (
              <Link className="button button--secondary" to={paths.adminUsers.getHref()}>
                {t('common.clearFilters')}
              </Link>
            ) : null}
          </EmptyState>
        ) : (
          <>
            <p className="results-summary" aria-live="polite">
              {t('users.total', { total: format.number(users.data.total) })}
            </p>
            <ul className="user-list" role="list">
              {users.data.items.map((user) => (
                <li key={user.id} className="card user" aria-labelledby={`user-${user.id}`}>
                  <div className="user__head">
                    <h2 className="user__name" id={`user-${user.id}`} lang="th">
                      {user.displayName}
                    </h2>
                    <span className="code">{user.username}</span>
                    {!user.enabled ? <span className="badge badge--suspended">{t('users.disabled')}</span> : null}
                  </div>
                  <p className="muted small">
                    {user.email ?? t('users.noEmail')}
                    {user.email ? ` · ${user.emailVerified ? t('users.emailVerified') : t('users.emailUnverified')}` : ''}
                  </p>
                  <h3 className="user__grants-title">{t('users.grants')}</h3>
                  {user.grants.length === 0 ? (
                    <p className="muted">{t('users.noGrants')}</p>
                  ) : (
                    <ul className="grant-list" role="list">
                      {user.grants.map((grant) => (
                        <li key={`${grant.role}-${grant.tenant ?? ''}`} className="grant">
                          <span>{grantLabel(grant)}</span>
                          <button
                            type="button"
                            className="grant__remove"
                            aria-label={t('users.removeRoleLabel', { grant: grantLabel(grant), name: user.displayName })}
                            onClick={() => {
                              remove.reset();
                              setNotice(null);
                              setRemoving({ user, grant });
                            }}
                          >
                            {t('users.removeRole')}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                  <AddRoleForm user={user} onAdded={setNotice} />
                </li>
              ))}
            </ul>
            <Pagination
              page={filters.page}
              pageSize={USER_PAGE_SIZE}
              total={users.data.total}
              hrefForPage={(page) => paths.adminUsers.getHref({ ...filters, page })}
            />
          </>
        )}
      </section>

      {removing ? (
        <ConfirmDialog
          title={t('users.confirmRemoveTitle')}
          message={t('users.confirmRemoveMessage', { grant: grantLabel(removing.grant), name: removing.user.displayName })}
          confirmLabel={t('users.removeRole')}
          tone="danger"
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(
              { userId: removing.user.id, grant: removing.grant },
              {
                onSuccess: () => {
                  setNotice(t('users.roleRemoved', { grant: grantLabel(removing.grant), name: removing.user.displayName }));
                  setRemoving(null);
                },
              },
            )
          }
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </div>
  );
}
