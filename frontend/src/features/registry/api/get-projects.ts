import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import type { Project } from '../types';

export function getProjects({ signal }: { signal?: AbortSignal } = {}): Promise<Project[]> {
  return apiGet('/api/v1/projects', { signal });
}

export function getProjectsQueryOptions() {
  return queryOptions({
    queryKey: ['registry', 'projects'] as const,
    queryFn: ({ signal }) => getProjects({ signal }),
    staleTime: 10 * 60_000,
  });
}

export function useProjects() {
  return useQuery(getProjectsQueryOptions());
}
