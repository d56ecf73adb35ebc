import { getTranslations } from '@/lib/i18n/get-translations';
import { CommitteeEditor } from '@/components/admin/committee-editor';
import { RosterFormatForm } from '@/components/admin/roster-format-form';
import { getTokenSources } from '@/db/queries/admin-organisation';
import { getDb } from '@/db/client';
import { listAdminCommittee, listAdminUsers } from '@/db/queries/admin-people';
import { requirePage } from '@/lib/auth/require';

export default async function AdminCommitteePage() {
  const user = await requirePage('people.admin');
  const t = await getTranslations('admin.committee');
  const db = getDb();
  const sources = getTokenSources(db, user.organisationId);
  const committeeUsers = listAdminUsers(db, user.organisationId)
    .filter((u) => u.role === 'committee')
    .map((u) => ({ id: u.id, label: `${u.displayName}（${u.loginId}）` }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <CommitteeEditor members={listAdminCommittee(db, user.organisationId)} users={committeeUsers} />
      {sources && <RosterFormatForm version={sources.org.version} format={sources.org.rosterFormat} members={sources.committee} />}
    </div>
  );
}
