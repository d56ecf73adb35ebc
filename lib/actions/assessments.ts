'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import {
  type AssessmentTarget,
  createAssessment,
  getAssessmentTarget,
  getAssessmentVersion,
  listRevisionTexts,
  updateAssessment,
} from '@/db/queries/assessments';
import type { Db } from '@/db/open';
import { ActionFailure, defineAction } from './wrapper';

const id = z.number().int().positive();
const version = z.number().int().min(0);
const NARRATIVE_MAX = 20_000;

/** The section, or not_found; a committee-opinions section has no self-assessment. */
function load(tx: Db, organisationId: number, sectionId: number): AssessmentTarget {
  const target = getAssessmentTarget(tx, organisationId, sectionId);
  if (!target || target.kind === 'committee_opinions') throw new ActionFailure('not_found');
  return target;
}

/** The section's self-assessment, asked of the policy under `action`. */
const section = (action: 'assessment.edit' | 'assessment.submit' | 'assessment.review') => ({
  action,
  load: ({ tx, user, input }: { tx: Db; user: { organisationId: number }; input: { sectionId: number } }) =>
    load(tx, user.organisationId, input.sectionId),
});

/** Someone saved in between: refuse, and hand back their version so the user can choose. */
function conflict(tx: Db, t: AssessmentTarget): never {
  throw new ActionFailure('conflict', { theirs: t.assessmentId ? getAssessmentVersion(tx, t.assessmentId) : null });
}

const summary = (v: { version: number | null; status: string | null; rating: string | null; narrative: string | null }) => ({
  version: v.version,
  status: v.status,
  rating: v.rating,
  chars: v.narrative?.length ?? 0,
});

const refresh = (d: { year: number; sectionId: number }) => {
  revalidatePath(`/years/${d.year}/sections`);
  revalidatePath(`/years/${d.year}/sections/${d.sectionId}`);
};

/** Saves the narrative and rating as a new version (autosave and explicit save alike). */
export const saveAssessment = defineAction(
  'assessment.save',
  z
    .object({ sectionId: id, baseVersion: version, narrative: z.string().max(NARRATIVE_MAX), rating: z.string().max(20).nullable() })
    .strict(),
  section('assessment.edit'),
  ({ tx, user, input, target: t, audit }) => {
    if (input.rating !== null && !(t.ratingScale ?? []).some((g) => g.grade === input.rating))
      throw new ActionFailure('invalid', { reason: 'rating' });
    const write = {
      narrative: input.narrative,
      rating: input.rating,
      status: t.status ?? ('draft' as const),
      returnComment: t.returnComment ?? null,
      userId: user.id,
      organisationId: user.organisationId,
    };
    let saved: ReturnType<typeof createAssessment>;
    if (t.assessmentId === null) {
      if (input.baseVersion !== 0) conflict(tx, t);
      saved = createAssessment(tx, t.sectionId, write);
    } else {
      saved = (t.version === input.baseVersion && updateAssessment(tx, t.assessmentId, input.baseVersion, write)) || conflict(tx, t);
    }
    audit({
      action: 'assessment.save',
      entityType: 'self_assessment',
      entityId: saved.id,
      before: t.assessmentId ? summary(t) : null,
      after: summary({ ...write, version: saved.version }),
    });
    return { version: saved.version, updatedAt: saved.updatedAt, year: t.year, sectionId: t.sectionId };
  },
  { after: refresh },
);

function transition(
  tx: Db,
  t: AssessmentTarget,
  baseVersion: number,
  user: { id: number; organisationId: number },
  next: { status: 'submitted' | 'approved' | 'returned'; returnComment: string | null },
) {
  if (t.assessmentId === null || t.version !== baseVersion) conflict(tx, t);
  const saved = updateAssessment(tx, t.assessmentId, baseVersion, {
    narrative: t.narrative ?? '',
    rating: t.rating,
    userId: user.id,
    organisationId: user.organisationId,
    ...next,
  });
  return saved ?? conflict(tx, t);
}

/** 提出: the owner (or admin) hands the section in; it is read-only to staff until returned. */
export const submitAssessment = defineAction(
  'assessment.submit',
  z.object({ sectionId: id, version }).strict(),
  section('assessment.submit'),
  ({ tx, user, input, target: t, audit, notify }) => {
    if (!t.narrative?.trim()) throw new ActionFailure('invalid', { reason: 'empty' });
    const saved = transition(tx, t, input.version, user, { status: 'submitted', returnComment: t.returnComment });
    audit({
      action: 'assessment.submit',
      entityType: 'self_assessment',
      entityId: saved.id,
      before: summary(t),
      after: { version: saved.version, status: 'submitted' },
    });
    notify({ kind: 'submitted', sectionId: t.sectionId });
    return { version: saved.version, year: t.year, sectionId: t.sectionId };
  },
  { after: refresh },
);

/** 承認: admin accepts a submitted section. */
export const approveAssessment = defineAction(
  'assessment.approve',
  z.object({ sectionId: id, version }).strict(),
  section('assessment.review'),
  ({ tx, user, input, target: t, audit, notify }) => {
    const saved = transition(tx, t, input.version, user, { status: 'approved', returnComment: null });
    audit({
      action: 'assessment.approve',
      entityType: 'self_assessment',
      entityId: saved.id,
      before: summary(t),
      after: { version: saved.version, status: 'approved' },
    });
    notify({ kind: 'approved', sectionId: t.sectionId });
    return { version: saved.version, year: t.year, sectionId: t.sectionId };
  },
  { after: refresh },
);

/** 差戻し: admin returns a submitted section with a comment shown at the top of the page. */
export const returnAssessment = defineAction(
  'assessment.return',
  z.object({ sectionId: id, version, comment: z.string().trim().min(1).max(2000) }).strict(),
  section('assessment.review'),
  ({ tx, user, input, target: t, audit, notify }) => {
    const saved = transition(tx, t, input.version, user, { status: 'returned', returnComment: input.comment });
    audit({
      action: 'assessment.return',
      entityType: 'self_assessment',
      entityId: saved.id,
      before: summary(t),
      after: { version: saved.version, status: 'returned', comment: input.comment },
    });
    notify({ kind: 'returned', sectionId: t.sectionId, reason: input.comment });
    return { version: saved.version, year: t.year, sectionId: t.sectionId };
  },
  { after: refresh },
);

/** Brings back an old version's text and rating as a new version; nothing is lost. */
export const restoreRevision = defineAction(
  'assessment.restore',
  z.object({ sectionId: id, baseVersion: version, fromVersion: id }).strict(),
  section('assessment.edit'),
  ({ tx, user, input, target: t, audit }) => {
    if (t.assessmentId === null) throw new ActionFailure('not_found');
    const [old] = listRevisionTexts(tx, t.sectionId, [input.fromVersion]);
    if (!old) throw new ActionFailure('not_found');
    if (t.version !== input.baseVersion) conflict(tx, t);
    const write = {
      narrative: old.narrative,
      rating: old.rating,
      status: t.status ?? ('draft' as const),
      returnComment: t.returnComment,
      userId: user.id,
      organisationId: user.organisationId,
    };
    const saved = updateAssessment(tx, t.assessmentId, input.baseVersion, write) ?? conflict(tx, t);
    audit({
      action: 'assessment.restore',
      entityType: 'self_assessment',
      entityId: saved.id,
      before: summary(t),
      after: { ...summary({ ...write, version: saved.version }), restoredFrom: old.version },
    });
    return {
      version: saved.version,
      narrative: old.narrative,
      rating: old.rating,
      updatedAt: saved.updatedAt,
      year: t.year,
      sectionId: t.sectionId,
    };
  },
  { after: refresh },
);
