import { ClientMessages } from '@/components/i18n/client-messages';
import { loadYear } from '@/lib/year';

/**
 * The sections area's client messages only (i18n/client-areas.ts). A published year can no
 * longer be edited by anyone (lib/auth/policy.ts), so its pages go without the editors' words.
 */
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ year: string }> }) {
  const { plan } = await loadYear((await params).year);
  return (
    <ClientMessages area="sections" readOnly={plan.phase === 'published'}>
      {children}
    </ClientMessages>
  );
}
