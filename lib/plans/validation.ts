// zod pieces shared by the admin actions. Limits are generous for real documents and refuse
// absurd input (a 10 MB title) before it reaches the database.
import { z } from 'zod';

export const id = z.number().int().positive();
export const version = z.number().int().positive();
export const fiscalYear = z.number().int().min(2000).max(2100);

/** Trimmed, non-empty, at most `max` characters. */
export const name = (max = 200) => z.string().trim().min(1).max(max);
export const LIMITS = { title: 200, sectionNumber: 20, code: 64, grade: 20, meaning: 200, loginId: 64, password: 200 } as const;

/** 'YYYY-MM-DD' or empty (no deadline). */
export const optionalDate = z
  .string()
  .trim()
  .refine((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))), { message: 'date' })
  .transform((s) => (s === '' ? null : s));

export const ratingScale = z
  .array(z.object({ grade: name(LIMITS.grade), meaning: z.string().trim().max(LIMITS.meaning) }).strict())
  .max(10)
  .refine((grades) => new Set(grades.map((g) => g.grade)).size === grades.length, { message: 'duplicateGrade' });

/** Deadlines must follow the phases' order where more than one is set. */
export function deadlinesInOrder(...dates: (string | null)[]): boolean {
  const set = dates.filter((d): d is string => d !== null);
  return set.every((d, i) => i === 0 || set[i - 1]! <= d);
}

export const SECTION_KINDS = [
  'preface',
  'heading',
  'narrative',
  'kpi_table',
  'financial_table',
  'initiative',
  'committee_opinions',
] as const;
export const UNITS = ['yen', 'cases', 'businesses', 'companies', 'clients', 'institutions', 'times', 'multiple', 'percent'] as const;
export const ROLES = ['admin', 'staff', 'committee', 'manager'] as const;
