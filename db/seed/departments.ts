import type { DeptCode } from './types';

/** The demo organisation's departments, in the order reports and lists show them. */
export const DEMO_DEPARTMENTS: readonly { code: DeptCode; name: string }[] = [
  { code: 'kikaku', name: '企画部' },
  { code: 'keiri', name: '経理部' },
  { code: 'hosho', name: '保証部門' },
  { code: 'shien', name: '経営支援部門' },
  { code: 'kanri', name: '期中管理部門' },
  { code: 'kaishu', name: '回収部門' },
  { code: 'somu', name: '総務部' },
  { code: 'system', name: 'システム部' },
  { code: 'compliance', name: 'コンプライアンス統括部' },
];
