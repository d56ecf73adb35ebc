// Calling server actions directly, as an attacker would: a POST with the action's id, not
// through the UI. Action ids come from the build's server-reference manifest.
import fs from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { E2E_BASE } from './ports';

type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };

export function listBuiltActions(): { id: string; file: string; name: string; pages: string[] }[] {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node).map(([id, e]) => ({
    id,
    file: e.filename ?? '',
    name: e.exportedName ?? '',
    pages: Object.keys(e.workers),
  }));
}

export function actionId(file: string, name: string): string {
  const found = listBuiltActions().find((a) => a.file === file && a.name === name);
  if (!found) throw new Error(`action ${file}#${name} is not in the build`);
  return found.id;
}

export type ActionCall = { status: number; body: string; ok: boolean | null; error: string | null };

/** POSTs an action with JSON arguments; `origin` defaults to the server's own, `base` to the e2e server. */
export async function callAction(
  request: APIRequestContext,
  id: string,
  args: unknown[],
  opts: { path?: string; origin?: string | null; headers?: Record<string, string>; base?: string } = {},
): Promise<ActionCall> {
  const base = opts.base ?? E2E_BASE;
  const headers: Record<string, string> = {
    'next-action': id,
    'content-type': 'text/plain;charset=UTF-8',
    accept: 'text/x-component',
    ...opts.headers,
  };
  if (opts.origin !== null) headers.origin = opts.origin ?? base;
  const res = await request.post(`${base}${opts.path ?? '/'}`, { headers, data: JSON.stringify(args), maxRedirects: 0 });
  const body = await res.text();
  const ok = /"ok":true/.test(body) ? true : /"ok":false/.test(body) ? false : null;
  const error = body.match(/"error":"([a-z_]+)"/)?.[1] ?? null;
  return { status: res.status(), body, ok, error };
}

export type ParsedResult = {
  ok: boolean;
  error?: string;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  detail?: unknown;
  data?: unknown;
};

/**
 * The action's ActionResult from the flight response, or null. Rows are `id:json\n`, or
 * `id:T<hex byte length>,<text>` for long strings (no newline after them); "$<id>" in the
 * result refers to such a row, "$$…" is a string that starts with "$".
 */
export function actionResult(body: string): ParsedResult | null {
  const buf = Buffer.from(body, 'utf8');
  const texts = new Map<string, string>();
  const json = new Map<string, string>();
  let i = 0;
  while (i < buf.length) {
    const colon = buf.indexOf(0x3a, i);
    if (colon < 0) break;
    const id = buf.toString('utf8', i, colon);
    if (buf[colon + 1] === 0x54 && /^[0-9a-f]+$/.test(id)) {
      const comma = buf.indexOf(0x2c, colon + 2);
      const len = parseInt(buf.toString('latin1', colon + 2, comma), 16);
      texts.set(id, buf.toString('utf8', comma + 1, comma + 1 + len));
      i = comma + 1 + len;
    } else {
      const end = buf.indexOf(0x0a, colon);
      json.set(id, buf.toString('utf8', colon + 1, end < 0 ? buf.length : end));
      i = end < 0 ? buf.length : end + 1;
    }
  }
  const revive = (_k: string, v: unknown): unknown => {
    if (typeof v !== 'string' || !v.startsWith('$')) return v;
    if (v.startsWith('$$')) return v.slice(1);
    if (v === '$undefined') return undefined;
    const ref = /^\$([0-9a-f]+)$/.exec(v)?.[1];
    if (ref !== undefined && texts.has(ref)) return texts.get(ref);
    if (ref !== undefined && json.has(ref)) return JSON.parse(json.get(ref)!, revive);
    return v;
  };
  for (const row of json.values()) if (row.startsWith('{"ok":')) return JSON.parse(row, revive) as ParsedResult;
  return null;
}
