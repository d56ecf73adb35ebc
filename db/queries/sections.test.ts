import { describe, expect, it } from 'vitest';
import { inDocumentOrder } from './sections';

describe('inDocumentOrder', () => {
  it('walks depth-first by sort order', () => {
    const rows = [
      { id: 3, parentId: 1, sortOrder: 1 },
      { id: 1, parentId: null, sortOrder: 0 },
      { id: 2, parentId: 1, sortOrder: 0 },
      { id: 4, parentId: null, sortOrder: 1 },
    ];
    expect(inDocumentOrder(rows).map((r) => [r.id, r.depth])).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
      [4, 0],
    ]);
  });
  it('keeps the subtree of a row whose parent was filtered out', () => {
    const rows = [
      { id: 10, parentId: 99, sortOrder: 0 },
      { id: 11, parentId: 10, sortOrder: 0 },
      { id: 12, parentId: 10, sortOrder: 1 },
    ];
    expect(inDocumentOrder(rows).map((r) => [r.id, r.depth])).toEqual([
      [10, 0],
      [11, 1],
      [12, 1],
    ]);
  });
});
