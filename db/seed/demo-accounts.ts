import type { Role } from '@/lib/domain/types';
import type { DeptCode } from './types';

/** Fixed names: the operators' scripts and the e2e suite log in with these. */
export const DEMO_PASSWORD = 'hyoka-demo-2024';

export type DemoAccount = { loginId: string; displayName: string; role: Role; departments: DeptCode[]; committeeIndex?: number };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { loginId: 'admin', displayName: '企画 太郎', role: 'admin', departments: ['kikaku'] },
  { loginId: 'staff-hosho', displayName: '保証 花子', role: 'staff', departments: ['hosho'] },
  { loginId: 'staff-shien', displayName: '支援 一郎', role: 'staff', departments: ['shien'] },
  { loginId: 'staff-kanri', displayName: '管理 次郎', role: 'staff', departments: ['kanri', 'kaishu'] },
  { loginId: 'committee1', displayName: '髙橋美樹', role: 'committee', departments: [], committeeIndex: 0 },
  { loginId: 'committee2', displayName: '安田武彦', role: 'committee', departments: [], committeeIndex: 1 },
  { loginId: 'committee3', displayName: '浅井弘章', role: 'committee', departments: [], committeeIndex: 2 },
  { loginId: 'manager', displayName: '経営 三郎', role: 'manager', departments: [] },
];
