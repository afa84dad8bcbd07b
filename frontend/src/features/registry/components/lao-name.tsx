import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

/** Renders an LAO named by its code; the app may provide one that looks the name up (features stay apart). */
export type RenderLaoName = (code: string) => ReactNode;

function LaoCodeLink({ code }: { code: string }) {
  const { t } = useTranslation();
  return <Link to={paths.lao.getHref(code)}>{t('registry.common.laoCode', { code })}</Link>;
}

const LaoNameContext = createContext<RenderLaoName>((code) => <LaoCodeLink code={code} />);

export const LaoNameProvider = LaoNameContext.Provider;

/** A link to the LAO's public profile, named as well as the app can. */
export function LaoName({ code }: { code: string }) {
  const render = useContext(LaoNameContext);
  return <>{render(code)}</>;
}
