/**
 * A link to another page of the app: a plain anchor marked `data-nav`, which <InAppNavigation>
 * (components/layout/in-app-navigation.tsx) follows in the page, as Next's Link would, once the
 * page is interactive; before that, and for a modified click (a new tab, a download), it is an
 * ordinary link. Next's Link is a client component with its own state in every instance: a page
 * of a hundred rows paid for a hundred, in the server's render and in the browser's hydration.
 * Nothing is prefetched: every page here is dynamic (signed in), so a prefetch would cost the
 * server nearly a render per visible link.
 */
export function Link({ href, ...props }: React.ComponentProps<'a'> & { href: string }) {
  return <a href={href} data-nav="" {...props} />;
}
