import { useEffect } from 'react';

/** Sets the browser tab's title, so each page is named for screen readers and history. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Legeplan`;
  }, [title]);
}
