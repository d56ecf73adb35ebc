import { ClientMessages } from '@/components/i18n/client-messages';

/** The auth area's client messages only (i18n/client-areas.ts). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="auth">{children}</ClientMessages>;
}
