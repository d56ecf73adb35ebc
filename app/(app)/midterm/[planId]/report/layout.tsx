import { ClientMessages } from '@/components/i18n/client-messages';

/** The report view's client messages (the PDF link's progress), as on a year's report page. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="year">{children}</ClientMessages>;
}
