import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from './AppLink.tsx';
import { usePageTitle } from './use-page-title.ts';

export function NotFoundPage() {
  usePageTitle('Fant ikke siden');
  return (
    <>
      <Heading level={1} data-size="lg">
        Fant ikke siden
      </Heading>
      <Paragraph>
        Adressen finnes ikke i Legeplan. Gå til <AppLink href="/">Oversikt</AppLink>.
      </Paragraph>
    </>
  );
}
