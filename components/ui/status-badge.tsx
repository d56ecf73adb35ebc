import { getTranslations } from 'next-intl/server';

const STYLES: Record<string, string> = {
  not_started: 'bg-slate-100 text-slate-700 border-slate-300',
  draft: 'bg-sky-50 text-sky-800 border-sky-300',
  submitted: 'bg-violet-50 text-violet-800 border-violet-300',
  returned: 'bg-amber-50 text-amber-900 border-amber-400',
  approved: 'bg-emerald-50 text-emerald-800 border-emerald-300',
};

/** The 未着手 / 下書き / 提出済 / 差戻し / 承認済 label: text always, colour only as a second signal. */
export async function StatusBadge({ status }: { status: string | null }) {
  const t = await getTranslations('status');
  const key = status ?? 'not_started';
  return (
    <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-xs font-medium ${STYLES[key] ?? STYLES.not_started}`}>
      {t(key)}
    </span>
  );
}
