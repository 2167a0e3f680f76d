import { Link, type LinkProps } from '@digdir/designsystemet-react';
import type { MouseEvent } from 'react';
import { isPlainClick, navigate } from './router.ts';

/** A Designsystemet link to a page inside the app, handled without a reload. */
export function AppLink({ href, onClick, ...rest }: LinkProps & { href: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || !isPlainClick(e)) return;
    e.preventDefault();
    navigate(href);
  };
  return <Link href={href} onClick={handle} {...rest} />;
}
