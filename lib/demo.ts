import { isDemoMode } from './env';

/** Demo accounts are listed only when the app runs in demo mode on a demo database. */
export function showDemoAccounts(org: { isDemo: boolean } | null, demoMode = isDemoMode()): boolean {
  return demoMode && org?.isDemo === true;
}
