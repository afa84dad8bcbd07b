/** Notification types, derived by path from the generated OpenAPI types. */
import type { GetResponse } from '@/lib/api/types';

export type NotificationPage = GetResponse<'/api/v1/me/notifications'>;
export type Notification = NotificationPage['items'][number];
