'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import type { RatingGrade } from '@/db/schema/plan';

/** The plan's optional rating scale; each grade's meaning is shown beside it. */
export function RatingPicker({
  scale,
  value,
  onChange,
  readOnly,
}: {
  scale: RatingGrade[];
  value: string | null;
  onChange: (v: string | null) => void;
  readOnly: boolean;
}) {
  const t = useTranslations('rating');
  const options = [{ grade: '', meaning: t('none') }, ...scale];
  return (
    <fieldset className="rounded border border-slate-200 bg-white p-3" aria-describedby="rating-help">
      <legend className="px-1 font-medium">{t('legend')}</legend>
      <p id="rating-help" className="text-xs text-slate-600">
        {t('help')}
      </p>
      <div className="mt-2 grid gap-1 sm:grid-cols-2">
        {options.map((g) => (
          <label key={g.grade || 'none'} className="flex items-start gap-2 rounded px-1 py-0.5 hover:bg-slate-50">
            <input
              type="radio"
              name="rating"
              className="mt-1"
              value={g.grade}
              checked={(value ?? '') === g.grade}
              disabled={readOnly}
              onChange={() => onChange(g.grade || null)}
            />
            <span>
              {g.grade && <strong className="mr-1">{g.grade}</strong>}
              <span className="text-sm text-slate-700">{g.meaning}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
