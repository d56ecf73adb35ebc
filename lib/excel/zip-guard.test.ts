import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeZip, xlsxBomb } from '@/lib/testing/make-zip';
import { checkZip, XLSX_LIMITS } from './zip-guard';

describe('checkZip', () => {
  it('accepts a real workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('実績');
    for (let r = 1; r <= 1000; r++) ws.addRow([`code_${r}`, r * 1000, r * 900, ...Array.from({ length: 12 }, (_v, m) => m)]);
    expect(checkZip(Buffer.from(await wb.xlsx.writeBuffer()))).toEqual({ ok: true });
  });

  it('refuses a sheet that unpacks past the limit, from its declared size', () => {
    const bomb = xlsxBomb(40);
    expect(bomb.length).toBeLessThan(200_000);
    expect(checkZip(bomb)).toEqual({ ok: false, code: 'too_large_unpacked' });
  });

  it('refuses a sheet that lies about its size: the real unpacked size is what counts', () => {
    expect(checkZip(xlsxBomb(40, { lie: true }))).toEqual({ ok: false, code: 'too_large_unpacked' });
  });

  it('refuses too many entries', () => {
    const many = Array.from({ length: XLSX_LIMITS.maxEntries + 1 }, (_v, i) => ({ name: `f${i}.xml`, data: Buffer.from('x') }));
    expect(checkZip(makeZip(many))).toEqual({ ok: false, code: 'too_large_unpacked' });
  });

  it('says not_xlsx for what is not a zip, or a truncated one', () => {
    expect(checkZip(Buffer.from('hello, this is not a zip file at all'))).toEqual({ ok: false, code: 'not_xlsx' });
    const zip = makeZip([{ name: 'a.xml', data: Buffer.from('<a/>'.repeat(100)) }]);
    expect(checkZip(Buffer.concat([zip.subarray(0, 20), zip.subarray(zip.length - 22)]))).toEqual({ ok: false, code: 'not_xlsx' });
  });
});
