// Every react-query key in one place: invalidations and fetches cannot drift apart.
export const queryKeys = {
  dashboard: (year: number, departmentId: number | null) => ['dashboard', year, departmentId ?? 'all'] as const,
  dashboardAll: ['dashboard'] as const,
};

/** The GET route behind a dashboard key. */
export function dashboardUrl(year: number, departmentId: number | null): string {
  return `/api/years/${year}/dashboard${departmentId ? `?dept=${departmentId}` : ''}`;
}
