// Looks inside an uploaded .xlsx (a zip) before exceljs does: exceljs unpacks every entry in
// full, so a 1 MB file whose sheet unpacks to 300 MB would take the server's memory and its
// event loop with it. The central directory gives each entry's declared size; a zip can lie
// about those, so each entry is also inflated here with a hard output limit (zlib stops at it).
import { inflateRawSync } from 'node:zlib';

export type ZipLimits = { maxEntries: number; maxTotalBytes: number };

/** Far above any real actuals workbook (a few hundred kB unpacked), far below harm. */
export const XLSX_LIMITS: ZipLimits = { maxEntries: 200, maxTotalBytes: 16 * 1024 * 1024 };

export type ZipCheck = { ok: true } | { ok: false; code: 'not_xlsx' | 'too_large_unpacked' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** Checks entry count, declared and real unpacked sizes against `limits` without keeping anything unpacked. */
export function checkZip(data: ArrayBuffer | Buffer, limits: ZipLimits = XLSX_LIMITS): ZipCheck {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const notZip = { ok: false, code: 'not_xlsx' } as const;
  const tooLarge = { ok: false, code: 'too_large_unpacked' } as const;
  if (buf.length < 22) return notZip;
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return notZip;
  const entries = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // 0xffff / 0xffffffff mean ZIP64, which no workbook of this size needs.
  if (entries === 0xffff || cdOffset === 0xffffffff) return tooLarge;
  if (entries > limits.maxEntries) return tooLarge;
  let declared = 0;
  let used = 0;
  let at = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return notZip;
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    declared += size;
    if (size === 0xffffffff || compressed === 0xffffffff || declared > limits.maxTotalBytes) return tooLarge;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) return notZip;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) return notZip;
    const body = buf.subarray(start, start + compressed);
    if (method === 0) used += compressed;
    else if (method === 8) {
      try {
        used += inflateRawSync(body, { maxOutputLength: Math.max(1, limits.maxTotalBytes - used) }).length;
      } catch (e) {
        return (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError ? tooLarge : notZip;
      }
    } else return notZip;
    if (used > limits.maxTotalBytes) return tooLarge;
    at += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true };
}
