import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { UserListQuery, UserPage } from '../types';

export const USER_PAGE_SIZE = 20;

/** `GET /api/v1/admin/users?q=&role=&page=&size=` (DLA admin). */
export function getUsers(query: UserListQuery, { signal }: { signal?: AbortSignal } = {}): Promise<UserPage> {
  return apiRequest<UserPage>('GET', '/api/v1/admin/users', { query, signal });
}

export const userListQueryKey = ['admin-users', 'list'] as const;

export function getUsersQueryOptions(query: UserListQuery) {
  return queryOptions({
    queryKey: [...userListQueryKey, query] as const,
    queryFn: ({ signal }) => getUsers(query, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function useUsers(query: UserListQuery) {
  return useQuery(getUsersQueryOptions(query));
}
