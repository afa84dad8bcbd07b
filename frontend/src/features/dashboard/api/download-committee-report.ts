import { useMutation } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiDownload, buildUrl } from '@/lib/api-client';
import { saveFile } from '@/lib/save-file';

import type { ReportFormat } from './types';

export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv'] as const satisfies readonly ReportFormat[];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

const dateField = z.string().check(
  z.trim(),
  z.minLength(1, 'required'),
  z.refine((value) => value === '' || (ISO_DATE.test(value) && isRealDate(value)), 'dashboard.report.invalidDate'),
);

/** YYYY-MM-DD plus whole years (string comparison of ISO dates is chronological). */
function plusYears(isoDate: string, years: number): string {
  return `${String(Number(isoDate.slice(0, 4)) + years).padStart(4, '0')}${isoDate.slice(4)}`;
}

/** The period of a committee report: two dates (YYYY-MM-DD), from not after to, to not in the future, at most three years. */
export function committeeReportSchema(today: string) {
  return z
    .object({ from: dateField, to: dateField })
    .check(
      z.refine((period) => period.from <= period.to, { message: 'dashboard.report.fromAfterTo', path: ['from'] }),
      z.refine((period) => period.to <= today, { message: 'dashboard.report.toInFuture', path: ['to'] }),
      // The server accepts at most three years.
      z.refine((period) => period.to <= plusYears(period.from, 3), { message: 'dashboard.report.tooLong', path: ['to'] }),
    );
}

export type CommitteeReportInput = { provinceCode: string; from: string; to: string; format: ReportFormat };

const TEMPLATE = '/api/v1/provinces/{code}/committee-report';

/** The URL the download asks for (shown in tests; the file itself is fetched with the access token). */
export function committeeReportUrl({ provinceCode, from, to, format }: CommitteeReportInput): string {
  return buildUrl(TEMPLATE, { code: provinceCode }, { from, to, format });
}

/**
 * `GET /api/v1/provinces/{code}/committee-report?from=&to=&format=` (provincial officer of the province, DLA admin):
 * fetched with the bearer token as a Blob, then handed to the browser as a file.
 */
export async function downloadCommitteeReport({ provinceCode, from, to, format }: CommitteeReportInput) {
  const file = await apiDownload(TEMPLATE, { path: { code: provinceCode }, query: { from, to, format } });
  saveFile(file.blob, file.fileName ?? `committee-report-${provinceCode}-${from}-${to}.${format}`);
}

export function useDownloadCommitteeReport() {
  return useMutation({ mutationFn: downloadCommitteeReport });
}
