import 'server-only';
// PDF from Debian's Chromium (playwright-core drives it). The text stays text: Chromium embeds
// the Noto CJK glyphs as fonts, so the PDF is searchable and pdftotext reads it.
import fs from 'node:fs';
import { chromiumPath } from '@/lib/env';

export const CHROMIUM_PATH = chromiumPath();
const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** No browser to print with: the download says so, the print view still works. */
export class PdfUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`PDF unavailable: ${reason}`);
  }
}

export function pdfAvailable(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

export async function htmlToPdf(html: string): Promise<Buffer> {
  if (!pdfAvailable()) throw new PdfUnavailableError(`no browser at ${CHROMIUM_PATH}`);
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    throw new PdfUnavailableError(`playwright-core not installed (${(e as Error).message})`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, timeout: 30_000 }).catch((e: Error) => {
    throw new PdfUnavailableError(e.message.split('\n')[0] ?? 'launch failed');
  });
  try {
    const page = await browser.newPage();
    // Nothing is fetched: the document is self-contained (inline CSS, system fonts).
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
