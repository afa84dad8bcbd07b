import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { RegistrationForm } from '@/features/buyers/components/registration-form';
import { RegistrationSuccess } from '@/features/buyers/components/registration-success';
import type { BuyerOrganisation } from '@/features/buyers/types';
import { getProvincesQueryOptions } from '@/features/directory/api/get-provinces';

export default function RegisterRoute() {
  const { t, i18n } = useTranslation();
  const [registered, setRegistered] = useState<BuyerOrganisation | null>(null);
  const provinces = useQuery(getProvincesQueryOptions());
  const provinceOptions = (provinces.data ?? []).map((province) => ({
    code: province.code,
    name: i18n.language === 'en' ? province.nameEn : province.nameTh,
  }));

  if (registered) return <RegistrationSuccess organisation={registered} />;
  return (
    <div className="narrow-wide">
      <PageHeader eyebrow={t('register.eyebrow')} title={t('register.title')} description={t('register.description')} />
      <RegistrationForm
        provinces={provinceOptions}
        onRegistered={(organisation) => {
          setRegistered(organisation);
          window.scrollTo?.({ top: 0 });
        }}
      />
    </div>
  );
}
