import NextLink from 'next/link';

/**
 * Next's Link without prefetching. Every page here is dynamic (it is signed in), so a prefetch
 * costs the server two requests per visible link, each nearly a render, on every page view and
 * again after every action that revalidates the page (each autosave): about 24 requests and
 * 300 ms of server CPU for the navigation bars alone. What it saves is the shared layouts of the
 * next page; the page itself is always fetched on the click.
 */
export function Link(props: React.ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
