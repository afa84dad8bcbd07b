import { HttpResponse, http } from 'msw';

import { PROBLEM_TYPES } from '@/lib/api-problem';
import type { GetResponse } from '@/lib/api/types';

import { API, problemResponse } from './directory';
import { caller } from './market';

type Notification = GetResponse<'/api/v1/me/notifications'>['items'][number];

function seed(): Notification[] {
  return [
    {
      id: 'e0000000-0000-4000-8000-000000000001',
      kind: 'COUNTER_OFFER',
      titleTh: 'อปท. เสนอราคากลับ ฿290.00',
      titleEn: 'The LAO countered at THB 290.00',
      link: '/my/bids',
      params: {},
      read: false,
      createdAt: '2025-01-14T03:00:00Z',
    },
    {
      id: 'e0000000-0000-4000-8000-000000000002',
      kind: 'BID_ACCEPTED',
      titleTh: 'การเสนอซื้อของคุณได้รับการตอบรับ',
      titleEn: 'Your bid was accepted',
      link: '/my/trades',
      params: {},
      read: false,
      createdAt: '2025-01-13T03:00:00Z',
    },
    {
      id: 'e0000000-0000-4000-8000-000000000003',
      kind: 'CERTIFICATE_ISSUED',
      titleTh: 'ออกใบรับรองการชดเชยแล้ว',
      titleEn: 'Certificate issued',
      link: '/my/retirements',
      params: {},
      read: true,
      createdAt: '2025-01-10T03:00:00Z',
    },
  ];
}

export const notificationDb = { items: seed() };

export function resetNotificationsMock() {
  notificationDb.items = seed();
}

const unauthorized = () => problemResponse(401, PROBLEM_TYPES.unauthorized, 'Unauthorized');

export const notificationHandlers = [
  http.get(`${API}/me/notifications/unread-count`, ({ request }) =>
    caller(request) ? HttpResponse.json({ unread: notificationDb.items.filter((n) => !n.read).length }) : unauthorized(),
  ),
  http.get(`${API}/me/notifications`, ({ request }) => {
    if (!caller(request)) return unauthorized();
    const unread = new URL(request.url).searchParams.get('unread') === 'true';
    const items = notificationDb.items.filter((n) => !unread || !n.read);
    return HttpResponse.json({ items, page: 0, size: 20, total: items.length });
  }),
  http.post(`${API}/me/notifications/read-all`, ({ request }) => {
    if (!caller(request)) return unauthorized();
    const marked = notificationDb.items.filter((n) => !n.read).length;
    notificationDb.items.forEach((n) => (n.read = true));
    return HttpResponse.json({ marked });
  }),
  http.post(`${API}/me/notifications/:id/read`, ({ params, request }) => {
    if (!caller(request)) return unauthorized();
    const found = notificationDb.items.find((n) => n.id === params.id);
    if (!found) return problemResponse(404, PROBLEM_TYPES.notFound, 'Not Found');
    found.read = true;
    return new HttpResponse(null, { status: 204 });
  }),
];
