import { ClientMessages } from '@/components/i18n/client-messages';

/** The review area's client messages only (i18n/client-areas.ts). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="review">{children}</ClientMessages>;
}
