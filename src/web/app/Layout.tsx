import { Button, Paragraph, SkipLink, Spinner } from '@digdir/designsystemet-react';
import { Suspense, useEffect, useRef, useState } from 'react';
import { ROLE_LABELS } from '../../contracts/auth/login.ts';
import { AppLink } from './AppLink.tsx';
import { AccountPage } from '../account/AccountPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { ACCOUNT_PATH } from './paths.ts';
import { inNav, NAV, resolve } from './routes.tsx';
import { usePath } from './router.ts';
import { useSession } from './session.tsx';

/** Header (municipality, user and role, logout), the navigation, and the page of the current path. */
export function Layout() {
  const access = useSession();
  const { session, logout } = access;
  const path = usePath();
  // An admin who must set up a second factor sees only their account page until it is done (the API allows no more).
  const setupOnly = session.secondFactorSetupRequired;
  const route = setupOnly ? { page: <AccountPage />, nav: ACCOUNT_PATH } : resolve(path);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const [leaving, setLeaving] = useState(false);

  // After navigating, move focus to the page so keyboard and screen-reader users start at its content.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [path]);

  return (
    <>
      <SkipLink href="#main">Hopp til hovedinnhold</SkipLink>
      <header className="app-header">
        <div className="header-inner">
          <div className="brand">
            <Paragraph data-size="lg" className="brand-name" asChild>
              <span>Legeplan</span>
            </Paragraph>
            <Paragraph data-size="sm" asChild>
              <span data-testid="header-kommune">{session.kommune.name}</span>
            </Paragraph>
          </div>
          <div className="header-user">
            <Paragraph data-size="sm" asChild>
              <span data-testid="header-user">
                {session.user.displayName} <span className="role">({ROLE_LABELS[session.user.role]})</span>
              </span>
            </Paragraph>
            <Button asChild variant="secondary" data-size="sm">
              <AppLink href={ACCOUNT_PATH} aria-current={route?.nav === ACCOUNT_PATH ? 'page' : undefined} data-testid="header-account">
                Min konto
              </AppLink>
            </Button>
            <Button
              variant="secondary"
              data-size="sm"
              disabled={leaving}
              onClick={() => {
                setLeaving(true);
                void logout();
              }}
              data-testid="logout"
            >
              Logg ut
            </Button>
          </div>
        </div>
        <nav aria-label="Hovedmeny" className="app-nav">
          <ul>
            {NAV.filter((n) => !setupOnly && inNav(n, access)).map((n) => (
              <li key={n.path}>
                <AppLink
                  href={n.path}
                  aria-current={route?.nav === n.path ? 'page' : undefined}
                  data-testid={`nav-${n.path === '/' ? 'oversikt' : n.path.slice(1).replaceAll('/', '-')}`}
                >
                  {n.label}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        <Suspense fallback={<Spinner aria-label="Laster siden" data-size="md" />}>{route ? route.page : <NotFoundPage />}</Suspense>
      </main>
      <footer className="app-footer">
        <Paragraph data-size="xs">Legeplan – planlegging av legetjenestene i kommunen.</Paragraph>
      </footer>
    </>
  );
}
