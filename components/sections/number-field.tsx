'use client';
import { useTranslations } from '@/lib/i18n/use-translations';

/** A typed number with its refusal, if any, marked in place. */
export function NumberField({
  id,
  label,
  value,
  error,
  onChange,
  compact,
}: {
  id: string;
  label: string;
  value: string;
  error: string | null;
  onChange: (v: string) => void;
  compact?: boolean;
}) {
  const tp = useTranslations('parseErrors');
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={`block ${compact ? 'text-xs text-slate-700' : 'text-sm font-medium'}`}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        className="ui-input"
      />
      {error && (
        <p id={`${id}-error`} className="mt-0.5 text-xs text-red-800" data-testid="field-error">
          {tp.has(error) ? tp(error) : error}
        </p>
      )}
    </div>
  );
}
