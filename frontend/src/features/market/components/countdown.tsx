import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/i18n/use-format';

/** The time left until `endsAt`, ticking every second ("2 วัน 03:04:05"); "ended" once it passed. */
export function Countdown({ endsAt }: { endsAt: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const end = new Date(endsAt).getTime();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.max(0, Math.floor((end - now) / 1000));
  if (left === 0) return <span className="countdown countdown--ended">{t('market.countdown.ended')}</span>;
  const days = Math.floor(left / 86400);
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${pad(Math.floor((left % 86400) / 3600))}:${pad(Math.floor((left % 3600) / 60))}:${pad(left % 60)}`;
  return (
    <span className="countdown" title={format.date(endsAt, { dateStyle: 'medium', timeStyle: 'short' })}>
      {days > 0 ? t('market.countdown.daysClock', { days: format.number(days), clock }) : t('market.countdown.clock', { clock })}
    </span>
  );
}
