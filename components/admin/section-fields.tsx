'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { NUMBERING_STYLES, type NumberingStyle, type SectionKind } from '@/lib/domain/types';
import { inputClass } from './use-run';

/** numberStyle '' = the plan's style for the section's level. */
export type SectionDraft = { number: string; numberStyle: NumberingStyle | ''; title: string; kind: SectionKind; departmentId: string };
const KINDS: SectionKind[] = ['preface', 'heading', 'narrative', 'kpi_table', 'financial_table', 'initiative', 'committee_opinions'];

export function SectionFields({
  idPrefix,
  value,
  onChange,
  departments,
}: {
  idPrefix: string;
  value: SectionDraft;
  onChange: (v: Partial<SectionDraft>) => void;
  departments: { id: number; name: string }[];
}) {
  const t = useTranslations('admin.sections');
  const tk = useTranslations('kinds');
  const to = useTranslations('planOutline');
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-[6rem_9rem_1fr_10rem_12rem]">
      <div>
        <label htmlFor={`${idPrefix}-number`} className="block text-sm text-slate-700">
          {t('number')}
        </label>
        <input
          id={`${idPrefix}-number`}
          value={value.number}
          onChange={(e) => onChange({ number: e.target.value })}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-style`} className="block text-sm text-slate-700">
          {to('sectionStyle')}
        </label>
        <select
          id={`${idPrefix}-style`}
          value={value.numberStyle}
          onChange={(e) => onChange({ numberStyle: e.target.value as NumberingStyle | '' })}
          className={inputClass}
        >
          <option value="">{to('levelDefault')}</option>
          {NUMBERING_STYLES.map((st) => (
            <option key={st} value={st}>
              {to(`styles.${st}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-title`} className="block text-sm text-slate-700">
          {t('sectionTitle')}
        </label>
        <input id={`${idPrefix}-title`} value={value.title} onChange={(e) => onChange({ title: e.target.value })} className={inputClass} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-kind`} className="block text-sm text-slate-700">
          {t('kind')}
        </label>
        <select
          id={`${idPrefix}-kind`}
          value={value.kind}
          onChange={(e) => onChange({ kind: e.target.value as SectionKind })}
          className={inputClass}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-dept`} className="block text-sm text-slate-700">
          {t('department')}
        </label>
        <select
          id={`${idPrefix}-dept`}
          value={value.departmentId}
          onChange={(e) => onChange({ departmentId: e.target.value })}
          className={inputClass}
        >
          <option value="">{t('noDepartment')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
