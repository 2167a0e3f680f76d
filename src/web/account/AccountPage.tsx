import { Alert, Heading } from '@digdir/designsystemet-react';
import { usePageTitle } from '../app/use-page-title.ts';
import { useSession } from '../app/session.tsx';
import { PasswordSection } from './PasswordSection.tsx';
import { SecondFactorSection } from './SecondFactorSection.tsx';
import { SessionsSection } from './SessionsSection.tsx';

/** Min konto: second factor, where one is signed in, and the password. */
export function AccountPage() {
  usePageTitle('Min konto');
  const { session } = useSession();
  return (
    <>
      <Heading level={1} data-size="lg">
        Min konto
      </Heading>
      {session.secondFactorSetupRequired && (
        <Alert data-color="warning" data-testid="second-factor-required">
          Som administrator må du sette opp tofaktorinnlogging før du kan bruke Legeplan.
        </Alert>
      )}
      <SecondFactorSection />
      <SessionsSection />
      <PasswordSection />
    </>
  );
}
