import { Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** A part of a page under its own h2, which also names the section for screen readers. */
export function PageSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="page-section">
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
