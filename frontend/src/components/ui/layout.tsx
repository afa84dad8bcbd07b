import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigation } from 'react-router';

import { paths } from '@/config/paths';

import { LanguageSwitch } from './language-switch';

const NAV_ITEMS = [
  { to: paths.home.getHref(), labelKey: 'nav.home', end: true },
  { to: paths.dashboard.getHref(), labelKey: 'nav.dashboard', end: false },
  { to: paths.provinces.getHref(), labelKey: 'nav.provinces', end: false },
  { to: paths.laos.getHref(), labelKey: 'nav.laos', end: false },
  // registry links
  { to: paths.serials.getHref(), labelKey: 'registry.nav.serials', end: false },
] as const;

/** A link the app adds to the main navigation (e.g. for the signed-in person's roles), already translated. */
export type ExtraNavItem = { to: string; label: string; end?: boolean };
/** Several links behind one button (a disclosure), so that a role with many pages keeps the bar on one line. */
export type NavGroup = { label: string; items: readonly ExtraNavItem[] };

const isGroup = (item: ExtraNavItem | NavGroup): item is NavGroup => 'items' in item;

/** Whether a link's page is the current one (the same rule as NavLink's). */
function isActive(pathname: string, item: ExtraNavItem) {
  const path = item.to.split('?')[0] ?? item.to;
  return item.end ? pathname === path : pathname === path || pathname.startsWith(`${path}/`);
}

/**
 * A disclosure button with its links: Enter/Space or a click opens it, Escape closes it and returns focus to the
 * button, and it closes when a link is followed or focus/clicks go elsewhere.
 */
function NavMenu({ group }: { group: NavGroup }) {
  const id = useId();
  const { pathname } = useLocation();
  // open while on the page where it was opened: following one of its links closes it
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const rootRef = useRef<HTMLLIElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const current = group.items.some((item) => isActive(pathname, item));

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <li
      ref={rootRef}
      className="site-nav__group"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (!rootRef.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={`site-nav__link site-nav__link--role site-nav__toggle${current ? ' site-nav__toggle--current' : ''}`}
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen(!open)}
      >
        {group.label}
        <svg className="site-nav__chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M2.5 4.5 6 8l3.5-3.5" stroke="currentColor" strokeWidth="1.6" fill="none" strokeLinecap="round" />
        </svg>
      </button>
      <ul id={`${id}-menu`} className="site-nav__menu" hidden={!open}>
        {group.items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end ?? false} className="site-nav__menu-link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </li>
  );
}

type LayoutProps = {
  children: ReactNode;
  /** Links after the public ones (the app decides them from the session; shared code knows no roles). */
  extraNavItems?: readonly (ExtraNavItem | NavGroup)[];
  /** The account area (sign-in link, or the signed-in name and sign-out). */
  account?: ReactNode;
};

function Logo() {
  return (
    <svg className="brand__logo" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="currentColor" />
      <path d="M32 12c-9 10-14 18-14 26a14 14 0 0 0 28 0c0-8-5-16-14-26z" fill="#9fe0b6" />
      <path
        d="M32 24v26M32 40l-7-7M32 34l6-6"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
        fill="none"
      />
    </svg>
  );
}

/** Moves focus to the main landmark after client-side navigation so screen readers announce the new page. */
function useFocusMainOnNavigate() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  // Layout effect: focus moves in the same commit that shows the new page.
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo?.({ top: 0 });
  }, [pathname]);
  return mainRef;
}

export function Layout({ children, extraNavItems = [], account }: LayoutProps) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const mainRef = useFocusMainOnNavigate();
  const navigating = navigation.state !== 'idle';

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <div className={`route-progress${navigating ? ' route-progress--active' : ''}`} aria-hidden="true" />
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to={paths.home.getHref()} className="brand">
            <Logo />
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <nav className="site-nav" aria-label={t('nav.label')}>
            <ul className="site-nav__list">
              {NAV_ITEMS.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="site-nav__link">
                    {t(item.labelKey)}
                  </NavLink>
                </li>
              ))}
              {extraNavItems.map((item) =>
                isGroup(item) ? (
                  <NavMenu key={item.label} group={item} />
                ) : (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end ?? false} className="site-nav__link site-nav__link--role">
                    {item.label}
                  </NavLink>
                </li>
                ),
              )}
            </ul>
          </nav>
          <div className="site-header__tools">
            {account}
            <LanguageSwitch />
          </div>
        </div>
      </header>
      {navigating ? (
        <p className="visually-hidden" role="status">
          {t('common.navigating')}
        </p>
      ) : null}
      <main id="main-content" className="site-main" ref={mainRef} tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <div>
            <p className="site-footer__name">{t('app.name')}</p>
            <p>{t('footer.about')}</p>
            <p>{t('footer.builtFor')}</p>
          </div>
          <div className="site-footer__notes">
            <p>
              <Link to={paths.verify.getHref()}>{t('nav.verify')}</Link>
            </p>
            <p>{t('footer.dataSource')}</p>
            <p>{t('footer.registry')}</p>
          </div>
        </div>
      </footer>
    </div>
  );
}
