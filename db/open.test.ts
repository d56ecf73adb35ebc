import { describe, expect, it } from 'vitest';
import { checkSqliteVersion } from './open';

describe('SQLite version check', () => {
  it('accepts 3.51.3 and later', () => {
    for (const v of ['3.51.3', '3.52.0', '3.53.2', '4.0.0']) expect(() => checkSqliteVersion(v)).not.toThrow();
  });
  it('refuses versions with the WAL-reset bug', () => {
    for (const v of ['3.51.2', '3.50.9', '3.45.1', '2.99.99']) expect(() => checkSqliteVersion(v)).toThrow(/too old/);
  });
});
