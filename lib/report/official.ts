import 'server-only';
// The official PDF of a published year: generated once, stored with its SHA-256, served as is.
// A year published after its latest stored PDF (a re-publication, or a publication whose PDF
// could not be generated) gets its next version on the first download.
import crypto from 'node:crypto';
import type { Db } from '@/db/open';
import { getReportPlan, type ReportPlan } from '@/db/queries/report';
import {
  getLastPublish,
  getLastUnlock,
  getPublishedReportFile,
  insertAudit,
  insertPublishedReport,
  listPublishedReports,
  nextReportVersion,
} from '@/db/queries/report-publish';
import { reportDocFor } from './build';
import { htmlToPdf, PdfUnavailableError } from './pdf';
import { renderReportDocument } from './render-html';
import { reportCss } from './styles';
import type { Amendment } from './model';

export const sha256 = (buf: Buffer) => crypto.createHash('sha256').update(buf).digest('hex');

/** Built once: constructing a DateTimeFormat costs more than formatting with it (every report page dates its status). */
let tokyoDate: Intl.DateTimeFormat | undefined;

/** 2025-06-30T00:00:00.000Z → 2025年6月30日 (Tokyo time). */
export function formatDateJa(iso: string): string {
  tokyoDate ??= new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = tokyoDate.formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}年${get('month')}月${get('day')}日`;
}

/** What changed and why, for a version after the first: the publisher's note and the unlock reason. */
export function amendmentNote(what: string | null, why: string | null): string | null {
  if (what && why && what !== why) return `内容：${what}\n理由：${why}`;
  return what ?? why ?? null;
}

export async function renderPlanPdf(db: Db, plan: ReportPlan, amendment: Amendment | null = null): Promise<Buffer> {
  const doc = reportDocFor(db, plan, { amendment });
  return htmlToPdf(renderReportDocument(doc, reportCss({ draft: doc.draft })));
}

const inFlight = new Map<number, Promise<StoredPdf>>();

export type StoredPdf = { version: number; sha256: string; pdf: Buffer };

/** The stored PDF is the official one when it is not older than the last publication. */
function current(db: Db, plan: ReportPlan) {
  const latest = getPublishedReportFile(db, plan.id);
  if (latest && (!plan.publishedAt || latest.createdAt >= plan.publishedAt)) return latest;
  return null;
}

async function generateAndStore(db: Db, plan: ReportPlan, fallbackUserId: number): Promise<StoredPdf> {
  const version = nextReportVersion(db, plan.id);
  const publish = getLastPublish(db, plan.id);
  const note = version > 1 ? amendmentNote(publish?.note ?? null, getLastUnlock(db, plan.id)?.reason ?? null) : null;
  const amendment = version > 1 ? { version, note: note ?? '', date: formatDateJa(plan.publishedAt ?? new Date().toISOString()) } : null;
  const pdf = await renderPlanPdf(db, plan, amendment);
  const hash = sha256(pdf);
  const createdBy = publish?.userId ?? fallbackUserId;
  try {
    db.transaction((tx) => {
      insertPublishedReport(tx, {
        planId: plan.id,
        version,
        sha256: hash,
        pdf,
        amendmentNote: note,
        consistencyOverride: publish?.override ?? null,
        createdBy,
      });
      insertAudit(tx, {
        userId: createdBy,
        action: 'report.pdf.store',
        entityType: 'plan',
        entityId: String(plan.id),
        after: { version, sha256: hash, bytes: pdf.length },
      });
    });
  } catch (e) {
    // Another process stored this version first: serve theirs.
    const theirs = getPublishedReportFile(db, plan.id, version);
    if (theirs) return { version: theirs.version, sha256: theirs.sha256, pdf: Buffer.from(theirs.pdf) };
    throw e;
  }
  return { version, sha256: hash, pdf };
}

/** The official PDF of a published plan, generating and storing it when it is missing. */
export async function getOfficialPdf(db: Db, plan: ReportPlan, userId: number): Promise<StoredPdf> {
  const have = current(db, plan);
  if (have) return { version: have.version, sha256: have.sha256, pdf: Buffer.from(have.pdf) };
  let job = inFlight.get(plan.id);
  if (!job) {
    job = generateAndStore(db, plan, userId).finally(() => inFlight.delete(plan.id));
    inFlight.set(plan.id, job);
  }
  return job;
}

export type AfterPublish = { status: 'stored'; version: number; sha256: string } | { status: 'deferred'; reason: string };

/** Called after the publish transaction: never throws; a failure is audited and left to the first download. */
export async function storeOfficialPdfAfterPublish(db: Db, organisationId: number, planId: number, userId: number): Promise<AfterPublish> {
  const plan = getReportPlan(db, organisationId, planId);
  if (!plan) return { status: 'deferred', reason: 'plan not found' };
  try {
    const stored = await getOfficialPdf(db, plan, userId);
    return { status: 'stored', version: stored.version, sha256: stored.sha256 };
  } catch (e) {
    const reason = e instanceof PdfUnavailableError ? e.reason : (e as Error).message;
    console.error(JSON.stringify({ event: 'report.pdf.deferred', planId, reason }));
    insertAudit(db, { userId, action: 'report.pdf.deferred', entityType: 'plan', entityId: String(planId), after: { reason } });
    return { status: 'deferred', reason };
  }
}

export { getReportPlan, listPublishedReports };
