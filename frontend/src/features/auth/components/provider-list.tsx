import { useTranslation } from 'react-i18next';

import { useProviders } from '../api/get-providers';
import { rememberNextPath } from '../utils/next-path';

/**
 * "Sign in with …" for each configured OpenID Connect provider. These are plain links (a full-page navigation
 * to the backend, which redirects to the provider); the provider sends the person back to /auth/callback.
 */
export function ProviderList({ next }: { next: string }) {
  const { t } = useTranslation();
  const providers = useProviders();

  // Local sign-in works without providers: if they cannot be listed, offer only the form.
  if (!providers.data || providers.data.length === 0) return null;

  return (
    <section className="stack" aria-labelledby="sign-in-providers">
      <p className="divider" id="sign-in-providers">
        <span>{t('auth.orWith')}</span>
      </p>
      <ul className="provider-list" role="list">
        {providers.data.map((provider) => (
          <li key={provider.id}>
            <a
              className="button button--secondary button--block"
              href={provider.loginUrl}
              onClick={() => rememberNextPath(next)}
            >
              {t('auth.signInWith', { provider: provider.name })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
