import type { DashboardData } from '@/db/queries/dashboard';
import type { PlanPhase } from '@/lib/domain/types';

/** What the page renders first and the GET route returns afterwards. */
export type DashboardPayload = DashboardData & { phase: PlanPhase; loadedAt: string };
