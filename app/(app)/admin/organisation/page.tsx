import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { OrganisationForm } from '@/components/admin/organisation-form';
import { getDb } from '@/db/client';
import { getOrganisationSettings } from '@/db/queries/admin-organisation';
import { DEFAULT_HEADING_PLAN } from '@/lib/domain/heading-plan';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';

export default async function AdminOrganisationPage() {
  const user = await requireUser();
  if (!can(user, 'people.admin')) notFound();
  const [t, ts] = await Promise.all([getTranslations('organisation'), getTranslations('sentenceWording')]);
  const org = getOrganisationSettings(getDb(), user.organisationId);
  if (!org) notFound();
  const { rosterFormat: _r, id: _id, headingPlan, ...rest } = org;
  const settings = { ...rest, headingPlan: headingPlan ?? DEFAULT_HEADING_PLAN };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <OrganisationForm settings={settings} />
      <p>
        <Link href="/admin/organisation/sentences" className="text-sm text-brand-700 hover:underline">
          {ts('link')}
        </Link>
      </p>
    </div>
  );
}
