export type { DashboardPayload, DashboardWire } from '@/lib/dashboard/wire';
