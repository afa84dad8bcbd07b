import type { TFunction } from 'i18next';

import type { LaoType, Region } from '../types';

export const laoTypeLabel = (t: TFunction, type: LaoType) => t(`laoType.${type}`);
export const regionLabel = (t: TFunction, region: Region) => t(`region.${region}`);
