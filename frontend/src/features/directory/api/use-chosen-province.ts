import { useSearchParams } from 'react-router';

import { useFormat } from '@/lib/i18n/use-format';

import { useProvinces } from './get-provinces';

/**
 * The province a page works on: the `?province=` of the URL when it is one of `codes` (the provinces the person may
 * act for), else the first of them; '' when there is none. `nameOf` names a province in the current language.
 */
export function useChosenProvince(codes: string[]) {
  const [searchParams] = useSearchParams();
  const provinces = useProvinces();
  const { language } = useFormat();
  const wanted = searchParams.get('province');
  const provinceCode = wanted && codes.includes(wanted) ? wanted : (codes[0] ?? '');
  const nameOf = (code: string) => {
    const province = provinces.data?.find((candidate) => candidate.code === code);
    if (!province) return code;
    return language === 'th' ? province.nameTh : province.nameEn;
  };
  return { provinceCode, nameOf, provinces };
}
