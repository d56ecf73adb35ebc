import { and, desc, eq, gte, inArray, isNull, like, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { auditLog, departments, indicators, opinions, plans, sections, selfAssessments, users } from '../schema';

export type AuditFilter = { userId?: number; entityType?: string; action?: string; from?: string; to?: string };

/** Audit entries of the organisation (and system entries without a user), newest first. */
export function listAuditEntries(db: Db, organisationId: number, f: AuditFilter, limit: number, offset: number) {
  const where: (SQL | undefined)[] = [or(eq(users.organisationId, organisationId), isNull(auditLog.userId))];
  if (f.userId) where.push(eq(auditLog.userId, f.userId));
  if (f.entityType) where.push(eq(auditLog.entityType, f.entityType));
  if (f.action) where.push(like(auditLog.action, `%${f.action.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  // ISO bounds (the caller turns Japan days into them): from inclusive, to exclusive.
  if (f.from) where.push(gte(auditLog.at, f.from));
  if (f.to) where.push(lt(auditLog.at, f.to));
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userName: users.displayName,
      loginId: users.loginId,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .offset(offset)
    .all();
}

export function listAuditEntityTypes(db: Db): string[] {
  return db
    .selectDistinct({ t: auditLog.entityType })
    .from(auditLog)
    .orderBy(auditLog.entityType)
    .all()
    .map((r) => r.t);
}

/** For the few audited events outside a server action (the backup download). */
export function recordAudit(db: Db, entry: { userId: number; action: string; entityType: string; after?: unknown }) {
  db.insert(auditLog)
    .values({ userId: entry.userId, action: entry.action, entityType: entry.entityType, entityId: null, after: entry.after ?? null })
    .run();
}

export type AuditSubject = { name: string; link: string | null };

/**
 * The names (and pages) of the objects a page of audit entries is about, by entity type and id,
 * scoped by the organisation: a few batched lookups, never one per row.
 */
export function resolveAuditSubjects(db: Db, organisationId: number, refs: { entityType: string; entityId: string | null }[]) {
  const ids = (type: string) => [
    ...new Set(refs.filter((r) => r.entityType === type && r.entityId && /^\d+$/.test(r.entityId)).map((r) => Number(r.entityId))),
  ];
  const out = new Map<string, AuditSubject>();
  const put = (type: string, id: number, s: AuditSubject) => out.set(`${type}:${id}`, s);
  const assessments = ids('self_assessment');
  if (assessments.length > 0)
    for (const r of db
      .select({ id: selfAssessments.id, sectionId: sections.id, number: sections.number, title: sections.title, year: plans.startYear })
      .from(selfAssessments)
      .innerJoin(sections, eq(sections.id, selfAssessments.sectionId))
      .innerJoin(plans, eq(plans.id, sections.planId))
      .where(and(inArray(selfAssessments.id, assessments), eq(plans.organisationId, organisationId)))
      .all())
      put('self_assessment', r.id, {
        name: `${r.year}年度 ${r.number} ${r.title}`.replace(/\s+/g, ' '),
        link: `/years/${r.year}/sections/${r.sectionId}`,
      });
  const secs = ids('section');
  if (secs.length > 0)
    for (const r of db
      .select({ id: sections.id, number: sections.number, title: sections.title, year: plans.startYear })
      .from(sections)
      .innerJoin(plans, eq(plans.id, sections.planId))
      .where(and(inArray(sections.id, secs), eq(plans.organisationId, organisationId)))
      .all())
      put('section', r.id, {
        name: `${r.year}年度 ${r.number} ${r.title}`.replace(/\s+/g, ' '),
        link: `/years/${r.year}/sections/${r.id}`,
      });
  const planIds = ids('plan');
  if (planIds.length > 0)
    for (const r of db
      .select({ id: plans.id, title: plans.title, year: plans.startYear })
      .from(plans)
      .where(and(inArray(plans.id, planIds), eq(plans.organisationId, organisationId)))
      .all())
      put('plan', r.id, { name: r.title, link: `/admin/plans/${r.id}` });
  // opinion_response entries carry the opinion's id
  const opinionIds = [...new Set([...ids('opinion'), ...ids('opinion_response')])];
  if (opinionIds.length > 0)
    for (const r of db
      .select({ id: opinions.id, year: plans.startYear, department: departments.name, sectionTitle: sections.title })
      .from(opinions)
      .innerJoin(plans, eq(plans.id, opinions.planId))
      .leftJoin(departments, eq(departments.id, opinions.departmentId))
      .leftJoin(sections, eq(sections.id, opinions.sectionId))
      .where(and(inArray(opinions.id, opinionIds), eq(plans.organisationId, organisationId)))
      .all()) {
      const name = `${r.year}年度 ${r.department ?? ''}${r.sectionTitle ? `「${r.sectionTitle}」` : ''}`;
      put('opinion', r.id, { name, link: `/years/${r.year}/opinions/responses` });
      put('opinion_response', r.id, { name, link: `/years/${r.year}/opinions/responses` });
    }
  const userIds = ids('user');
  if (userIds.length > 0)
    for (const r of db
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(and(inArray(users.id, userIds), eq(users.organisationId, organisationId)))
      .all())
      put('user', r.id, { name: r.name, link: '/admin/users' });
  const indicatorIds = ids('indicator');
  if (indicatorIds.length > 0)
    for (const r of db
      .select({ id: indicators.id, name: indicators.name, code: indicators.code, year: plans.startYear, planId: plans.id })
      .from(indicators)
      .innerJoin(plans, eq(plans.id, indicators.planId))
      .where(and(inArray(indicators.id, indicatorIds), eq(plans.organisationId, organisationId)))
      .all())
      put('indicator', r.id, { name: `${r.year}年度 ${r.name}`, link: `/admin/plans/${r.planId}/indicators` });
  const deptIds = ids('department');
  if (deptIds.length > 0)
    for (const r of db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(and(inArray(departments.id, deptIds), eq(departments.organisationId, organisationId)))
      .all())
      put('department', r.id, { name: r.name, link: '/admin/departments' });
  return out;
}
