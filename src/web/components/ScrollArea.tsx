import type { ReactNode } from 'react';

/** A horizontally scrolling wrapper for wide tables; focusable and named, so keyboard users can scroll it too. */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
