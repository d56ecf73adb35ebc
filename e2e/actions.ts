// Calling server actions directly, as an attacker would: a POST with the action's id, not
// through the UI. Action ids come from the build's server-reference manifest.
import fs from 'node:fs';
import type { APIRequestContext } from '@playwright/test';

type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };

export function listBuiltActions(): { id: string; file: string; name: string; pages: string[] }[] {
  const manifest = JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as { node: Record<string, ManifestEntry> };
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
  const base = opts.base ?? 'http://127.0.0.1:3100';
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

export type ParsedResult = { ok: boolean; error?: string; message?: string; fieldErrors?: Record<string, string[]>; detail?: unknown; data?: unknown };

/** The action's ActionResult from the flight response (the row that starts with {"ok":…}), or null. */
export function actionResult(body: string): ParsedResult | null {
  for (const line of body.split('\n')) {
    const m = /^[0-9a-f]+:(\{"ok":.*)$/.exec(line);
    if (m) return JSON.parse(m[1]!) as ParsedResult;
  }
  return null;
}
