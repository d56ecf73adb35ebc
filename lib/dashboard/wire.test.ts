// The dashboard's wire form: smaller, and the browser rebuilds exactly what the server computed.
import { afterAll, describe, expect, it } from 'vitest';
import { loadDashboard } from '@/db/queries/dashboard';
import { createTestDb } from '@/lib/testing/test-db';
import { fromWire, toWire } from './wire';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());
const plan = t.sqlite.prepare("select id, organisation_id org from plans where kind = 'annual' and start_year = 2024").get() as {
  id: number;
  org: number;
};
const data = loadDashboard(t.db, {
  organisationId: plan.org,
  planId: plan.id,
  year: 2024,
  entryDeadline: null,
  today: '2025-06-01',
  departmentId: null,
});
const extra = { phase: 'published' as const, loadedAt: '2025-06-01T00:00:00.000Z' };

describe('dashboard wire form', () => {
  const sent = JSON.stringify(toWire(data, extra));

  it('carries no display strings and none of the fields only the server reads', () => {
    const wire = JSON.parse(sent);
    expect(wire.indicators.length).toBe(data.indicators.length);
    for (const i of wire.indicators) {
      expect(i.fig).not.toHaveProperty('text');
      // A null crosses only where most figures have a value (the shared one) and this one has none.
      for (const [k, v] of Object.entries(i.fig)) if (v === null) expect(wire.shared.fig).toHaveProperty(k);
      for (const k of ['sectionId', 'sectionKind', 'numeratorId', 'denominatorId', 'actualValue', 'priorActualValue'])
        expect(i).not.toHaveProperty(k);
    }
    expect(sent.length).toBeLessThan(JSON.stringify({ ...data, ...extra }).length * 0.5);
  });

  it('sends a value most indicators share once, and an indicator that differs keeps its own', () => {
    const wire = JSON.parse(sent);
    // The demo's indicators are mostly counted in a year's sum, with a yen precision of 円.
    expect(wire.shared.indicator).toMatchObject({ aggregation: 'sum', scale: 0 });
    expect(wire.indicators.filter((i: object) => 'aggregation' in i).length).toBeLessThan(wire.indicators.length / 2);
    const outstanding = wire.indicators.find((i: { code: string }) => i.code === 'outstanding_guarantees_amount');
    expect(outstanding.aggregation).toBe('end');
    expect(fromWire(wire).indicators.find((i) => i.code === 'outstanding_guarantees_amount')?.aggregation).toBe('end');
    // Never shared: what tells one indicator from another.
    for (const k of ['id', 'code', 'name']) expect(wire.shared.indicator).not.toHaveProperty(k);
  });

  it('rebuilds every figure and its text exactly as the server computed them', () => {
    const rebuilt = fromWire(JSON.parse(sent));
    expect(rebuilt.indicators.map((i) => i.fig)).toEqual(data.indicators.map((i) => i.fig));
    // Every field the browser reads comes back, nulls included.
    expect(rebuilt.indicators).toEqual(
      data.indicators.map(({ sectionId, sectionKind, numeratorId, denominatorId, actualValue, priorActualValue, ...kept }) => kept),
    );
    expect(rebuilt.indicators.some((i) => i.planValue === null && i.fig.plan === null && i.fig.toDate === false)).toBe(true);
    expect(rebuilt.indicators.find((i) => i.code === 'guarantee_approvals_amount')?.fig.text.actual).toBe(
      data.indicators.find((i) => i.code === 'guarantee_approvals_amount')?.fig.text.actual,
    );
    expect(rebuilt.monthly).toEqual(data.monthly);
    expect(rebuilt.workflow).toEqual(data.workflow);
    expect(rebuilt.phase).toBe('published');
  });

  it('builds the figures of one kept dashboard once, and those of another anew', () => {
    const again = toWire(data, { ...extra, loadedAt: '2025-06-01T00:01:00.000Z' });
    expect(again.key).toBe(JSON.parse(sent).key);
    expect(again.loadedAt).toBe('2025-06-01T00:01:00.000Z');
    // A page and its refresh, each as the browser parses it: the same figures, built once.
    const first = fromWire(JSON.parse(sent));
    const second = fromWire(JSON.parse(JSON.stringify(again)));
    expect(second.indicators).toBe(first.indicators);
    expect(second.loadedAt).toBe('2025-06-01T00:01:00.000Z');
    // The data read again (after a write, say) is another dashboard, with figures of its own.
    const reloaded = loadDashboard(t.db, {
      organisationId: plan.org,
      planId: plan.id,
      year: 2024,
      entryDeadline: null,
      today: '2025-06-01',
      departmentId: null,
    });
    const other = toWire(reloaded, extra);
    expect(other.key).not.toBe(again.key);
    expect(fromWire(JSON.parse(JSON.stringify(other))).indicators).not.toBe(first.indicators);
  });
});
