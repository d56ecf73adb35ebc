// An audit entry's before/after as a list of changed fields for people; long texts as a diff.
import { diffChars } from 'diff';

export type DiffPart = { text: string; added?: boolean; removed?: boolean };
export type Change = { field: string; before: string; after: string; diff: DiffPart[] | null };

const LONG = 40;

function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields whose value differs (a field only on one side counts); texts over 40 characters get a character diff. */
export function auditChanges(before: unknown, after: unknown): Change[] {
  const b = isRecord(before) ? before : before == null ? {} : { value: before };
  const a = isRecord(after) ? after : after == null ? {} : { value: after };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const out: Change[] = [];
  for (const field of keys) {
    const x = show(b[field]);
    const y = show(a[field]);
    if (x === y && field in b && field in a) continue;
    const long = x.length > LONG || y.length > LONG || /\n/.test(x + y);
    out.push({
      field,
      before: x,
      after: y,
      diff:
        long && x && y
          ? diffChars(x, y).map((p) => ({ text: p.value, added: p.added || undefined, removed: p.removed || undefined }))
          : null,
    });
  }
  return out;
}

/** A CSV cell: quoted when needed, and a leading = + - @ tab or CR neutralised so a spreadsheet never runs it. */
export function csvCell(v: string | number | null | undefined): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Japan time, to the second (2026-12-01 16:05:09). */
export function japanTime(iso: string): string {
  const d = new Date(iso.endsWith('Z') || iso.includes('+') ? iso : `${iso}Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Date(d.getTime() + 9 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
}

/** Whole Japan days as UTC bounds of the log's ISO times: [from 00:00 JST, the day after `to` 00:00 JST). */
export function japanDayBounds(from?: string, to?: string): { from?: string; to?: string } {
  const at = (d: string, plusDays: number) => {
    const t = new Date(`${d}T00:00:00+09:00`);
    t.setUTCDate(t.getUTCDate() + plusDays);
    return t.toISOString();
  };
  return { from: from ? at(from, 0) : undefined, to: to ? at(to, 1) : undefined };
}
