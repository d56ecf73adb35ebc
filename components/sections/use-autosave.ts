'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveAssessment } from '@/lib/actions/assessments';
import type { OtherVersion } from './types';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; theirs: OtherVersion };

type Content = { narrative: string; rating: string | null };

/**
 * The narrative and rating with autosave: a save a moment after the last change, each naming
 * the version it was based on. A conflict stops autosaving until the user chooses.
 */
const same = (a: Content, b: Content) => a.narrative === b.narrative && a.rating === b.rating;

export function useAutosave(opts: { sectionId: number; version: number; content: Content; delay?: number }) {
  const [content, setContent] = useState(opts.content);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [merging, setMerging] = useState<OtherVersion | null>(null);
  const version = useRef(opts.version);
  const latest = useRef(opts.content);
  const saved = useRef(opts.content);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const busy = useRef(false);
  const blocked = useRef(false);

  const save = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    if (busy.current || blocked.current) return false;
    const snapshot = latest.current;
    if (same(snapshot, saved.current)) return true;
    busy.current = true;
    setState({ kind: 'saving' });
    const r = await saveAssessment({ sectionId: opts.sectionId, baseVersion: version.current, ...snapshot });
    busy.current = false;
    if (r.ok) {
      version.current = r.data.version;
      saved.current = snapshot;
      if (!same(latest.current, snapshot)) {
        setState({ kind: 'dirty' });
        timer.current = setTimeout(() => void save(), 300);
      } else setState({ kind: 'saved', at: r.data.updatedAt });
      // No router.refresh(): the action revalidates the page, and its answer already carries the
      // page as it now is (a refresh would render it a second time, and prefetch every link again).
      return true;
    }
    if (r.error === 'conflict' && (r.detail as { theirs?: OtherVersion } | undefined)?.theirs) {
      blocked.current = true;
      setState({ kind: 'conflict', theirs: (r.detail as { theirs: OtherVersion }).theirs });
    } else setState({ kind: 'error', message: r.message });
    return false;
  }, [opts.sectionId]);

  const change = useCallback(
    (next: Partial<Content>) => {
      latest.current = { ...latest.current, ...next };
      setContent(latest.current);
      if (blocked.current) return;
      setState({ kind: 'dirty' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), opts.delay ?? 1200);
    },
    [save, opts.delay],
  );

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  /** After a restore or a conflict choice: the page now holds `c` at `v`. */
  const reset = useCallback((c: Content, v: number, at: string) => {
    version.current = v;
    latest.current = c;
    saved.current = c;
    blocked.current = false;
    setContent(c);
    setMerging(null);
    setState({ kind: 'saved', at });
  }, []);

  const resolve = {
    keepTheirs: (t: OtherVersion) => reset({ narrative: t.narrative, rating: t.rating }, t.version, t.updatedAt),
    keepMine: (t: OtherVersion) => {
      version.current = t.version;
      blocked.current = false;
      void save();
    },
    merge: (t: OtherVersion) => {
      version.current = t.version;
      blocked.current = false;
      setMerging(t);
      setState({ kind: 'dirty' });
    },
    closeMerge: () => setMerging(null),
  };

  const dirty = state.kind !== 'idle' && state.kind !== 'saved';
  return { content, state, dirty, change, save, reset, resolve, merging, version: () => version.current };
}
