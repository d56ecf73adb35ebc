// What the benchmark requests, as a logged-in user: pages, an export, an autosave, baselines.
import type { Dataset } from './datasets';
import type { Target } from './load';

export async function benchTargets(base: string, ds: Dataset, adminCookie: string, committeeCookie: string): Promise<[string, Target][]> {
  const admin = { cookie: adminCookie };
  const y = ds.year;
  return [
    ['/api/health baseline', { path: '/api/health' }],
    ['/login baseline', { path: '/login' }],
    ['year dashboard', { path: `/years/${y}/dashboard`, headers: admin }],
    ['section page', { path: `/years/${y}/sections/${ds.sectionId}`, headers: admin }],
    ['committee home', { path: `/years/${y}/review`, headers: { cookie: committeeCookie } }],
    ['report preview', { path: `/years/${y}/report`, headers: admin }],
    ['report xlsx export', { path: `/years/${y}/report.xlsx`, headers: admin }],
  ];
}
