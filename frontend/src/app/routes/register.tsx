import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RegistrationForm } from '@/features/buyers/components/registration-form';
import { RegistrationSuccess } from '@/features/buyers/components/registration-success';
import type { BuyerOrganisation } from '@/features/buyers/types';

export default function RegisterRoute() {
  const { t } = useTranslation();
  const [registered, setRegistered] = useState<BuyerOrganisation | null>(null);

  if (registered) return <RegistrationSuccess organisation={registered} />;
  return (
    <div className="narrow-wide">
      <PageHeader eyebrow={t('register.eyebrow')} title={t('register.title')} description={t('register.description')} />
      <RegistrationForm
        onRegistered={(organisation) => {
          setRegistered(organisation);
          window.scrollTo?.({ top: 0 });
        }}
      />
    </div>
  );
}
