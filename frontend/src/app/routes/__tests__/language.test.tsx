import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { LANGUAGE_STORAGE_KEY, readStoredLanguage } from '@/lib/i18n';
import { THAI, renderApp } from '@/testing/test-utils';

describe('language switch', () => {
  it('is Thai by default', async () => {
    await renderApp('/', { language: readStoredLanguage() });
    expect(document.documentElement.lang).toBe('th');
    expect(await screen.findByRole('link', { name: 'หน้าแรก' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('คาร์บอนเครดิต');
    // Buddhist-Era date and THB on the landing page
    expect(screen.getByText(/30 กรกฎาคม 2562/)).toBeInTheDocument();
    expect(screen.getAllByText(/฿260\.00/).length).toBeGreaterThan(0);
  });

  it('switches to English: no Thai left in the header, footer or skip link; the choice is remembered', async () => {
    const { user } = await renderApp('/provinces');
    await screen.findByRole('link', { name: /นนทบุรี/ });

    await user.click(screen.getByRole('button', { name: 'EN แสดงเป็นภาษาอังกฤษ' }));

    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('button', { name: 'EN Show in English' })).toHaveAttribute('aria-pressed', 'true');

    const chrome = [
      screen.getByRole('banner'),
      screen.getByRole('contentinfo'),
      screen.getByRole('link', { name: 'Skip to main content' }),
    ];
    for (const element of chrome) {
      expect(element.textContent).not.toMatch(THAI);
      for (const labelled of element.querySelectorAll('[aria-label],[title]')) {
        expect(labelled.getAttribute('aria-label') ?? '').not.toMatch(THAI);
        expect(labelled.getAttribute('title') ?? '').not.toMatch(THAI);
      }
    }
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toHaveTextContent('HomeDashboardProvincesFind an LAO');
    expect(screen.getByRole('heading', { level: 1, name: 'Provinces' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /South/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Nonthaburi/ })).toBeInTheDocument();
    expect(document.title).toBe('Provinces · LAO Carbon Market');

    // A new visit starts in the remembered language.
    expect(readStoredLanguage()).toBe('en');
  });

  it('switches back to Thai', async () => {
    const { user } = await renderApp('/', { language: 'en' });
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByText(/30 July 2019/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'TH Show in Thai' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('th'));
    expect(screen.getByRole('link', { name: 'หน้าแรก' })).toBeInTheDocument();
  });
});
