'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** A plain left click on an in-app link (components/ui/link.tsx), nothing else. */
function inAppTarget(e: MouseEvent, origin: string): string | null {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
  const a = (e.target as Element | null)?.closest?.('a[data-nav]');
  if (!a || !(a instanceof HTMLAnchorElement) || (a.target && a.target !== '_self') || a.hasAttribute('download')) return null;
  const url = new URL(a.href);
  return url.origin === origin ? url.pathname + url.search + url.hash : null;
}

/**
 * Follows the app's own links in the page (the router's navigation: the shared layouts stay, only
 * the page is fetched), with one listener for the whole document instead of one component per
 * link. A click a component has already handled (preventDefault) is left to it.
 */
export function InAppNavigation() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const to = inAppTarget(e, window.location.origin);
      if (to === null) return;
      e.preventDefault();
      router.push(to);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [router]);
  return null;
}
