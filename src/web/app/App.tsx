import { Spinner } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TSessionResponse } from '../../contracts/auth/login.ts';
import { onSessionLost } from '../api.ts';
import { clearRecordCache } from '../data/use-records.ts';
import { LoginPage } from '../login/LoginPage.tsx';
import { Layout } from './Layout.tsx';
import { fetchSession, logout as apiLogout } from './session-api.ts';
import { SessionContext, sessionValue } from './session.tsx';

type State = { kind: 'checking' } | { kind: 'out'; notice: string | null } | { kind: 'in'; session: TSessionResponse };

/** Finds out whether the cookie still holds a session; shows the login page or the app, and returns to login on a 401. */
export function App() {
  const [state, setState] = useState<State>({ kind: 'checking' });

  useEffect(() => {
    onSessionLost(() => {
      clearRecordCache();
      setState((s) => (s.kind === 'in' ? { kind: 'out', notice: 'Økten din er utløpt. Logg inn på nytt.' } : s));
    });
    fetchSession().then(
      (session) => setState(session ? { kind: 'in', session } : { kind: 'out', notice: null }),
      () => setState({ kind: 'out', notice: null }),
    );
  }, []);

  const logout = useCallback(async () => {
    try {
      await apiLogout();
    } finally {
      clearRecordCache();
      setState({ kind: 'out', notice: 'Du er logget ut.' });
    }
  }, []);

  const replaceSession = useCallback((session: TSessionResponse) => setState({ kind: 'in', session }), []);
  const value = useMemo(() => (state.kind === 'in' ? sessionValue(state.session, logout, replaceSession) : null), [state, logout, replaceSession]);

  switch (state.kind) {
    case 'checking':
      return (
        <main id="main" className="login-page">
          <Spinner aria-label="Laster Legeplan" data-size="lg" />
        </main>
      );
    case 'out':
      return <LoginPage notice={state.notice} onLoggedIn={(session) => setState({ kind: 'in', session })} />;
    case 'in':
      return (
        <SessionContext.Provider value={value}>
          <Layout />
        </SessionContext.Provider>
      );
  }
}
