// Validation messages in the user's language: which message key an input problem gets.
import type { z } from 'zod';

/**
 * The message key of a validation issue, never zod's English text: a refinement's own key
 * (`date`, `duplicateGrade` …), else the issue code, by kind of value where the words differ
 * (a string too long, a number too big), else a general one.
 */
export function fieldMessageKey(issue: z.core.$ZodIssue, has: (key: string) => boolean): string {
  const origin = 'origin' in issue ? String(issue.origin) : '';
  const candidates = [
    issue.message,
    origin === 'number' || origin === 'bigint' || origin === 'array' ? `${issue.code}_${origin === 'bigint' ? 'number' : origin}` : '',
    issue.code,
  ];
  return candidates.find((k) => k && /^[a-zA-Z_]+$/.test(k) && has(k)) ?? 'invalid';
}
