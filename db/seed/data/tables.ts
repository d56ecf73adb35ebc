// The reference document's two tables as data (the demo's table sections carry them): what
// Tokyo prints over and under its 主要業務数値 and 収支計算書. Another corporation edits its own.
import type { TableSpec } from '@/lib/domain/table-spec';

export const tokyoKpiTable: TableSpec = {
  title: '主要業務数値',
  stubLabel: '',
  columns: [
    { key: 'count', label: '件数', withYoy: true },
    { key: 'amount', label: '金額', withYoy: true },
    { key: 'plan', label: '計画値（金額）' },
    { key: 'plan_ratio', label: '計画比（金額）' },
  ],
  note: '※カッコ内の数値は対前年度比を示しています。',
  unit: null,
  rowOrder: [],
};

export const tokyoFinancialTable: TableSpec = {
  title: '収支計算書',
  stubLabel: '項目',
  columns: [
    { key: 'amount', label: '金額' },
    { key: 'change', label: '前年度比増減額' },
  ],
  note: '',
  unit: null,
  rowOrder: [],
};
