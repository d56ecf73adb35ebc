import 'server-only';
// PDF from Debian's Chromium (playwright-core drives it). The text stays text: Chromium embeds
// the Noto CJK glyphs as fonts, so the PDF is searchable and pdftotext reads it.
//
// One browser per server process, shared by every render (each in a context of its own), and
// at most PDF_CONCURRENCY renders at once; the rest wait their turn. A browser per request
// made 8 parallel downloads start 48 Chromium processes on a 2-core machine.
import fs from 'node:fs';
import { chromiumPath } from '@/lib/env';
import type { Browser } from 'playwright-core';
import { RenderQueue } from './render-queue';

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
export const PDF_CONCURRENCY = 2;
/** An idle browser is closed after this long: its memory is not held for a PDF a day. */
const IDLE_MS = 5 * 60_000;

/** No browser to print with: the download says so, the print view still works. */
export class PdfUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`PDF unavailable: ${reason}`);
  }
}

export function pdfAvailable(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

type Shared = { browser: Promise<Browser> | null; idle: NodeJS.Timeout | null; queue: RenderQueue };
// On globalThis: one per process even when Next loads this module in more than one bundle.
const g = globalThis as unknown as { __hyokaPdf?: Shared };
g.__hyokaPdf ??= { browser: null, idle: null, queue: new RenderQueue(PDF_CONCURRENCY) };
const shared: Shared = g.__hyokaPdf;

async function launch(): Promise<Browser> {
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    throw new PdfUnavailableError(`playwright-core not installed (${(e as Error).message})`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, timeout: 30_000 }).catch((e: Error) => {
    throw new PdfUnavailableError(e.message.split('\n')[0] ?? 'launch failed');
  });
  browser.on('disconnected', () => {
    shared.browser = null;
  });
  return browser;
}

/** The process's browser, launched on first use (concurrent callers share one launch). */
function sharedBrowser(): Promise<Browser> {
  if (shared.idle) clearTimeout(shared.idle);
  shared.idle = null;
  if (!shared.browser) {
    shared.browser = launch();
    // A failed launch is not kept: the next request tries again.
    shared.browser.catch(() => {
      shared.browser = null;
    });
  }
  return shared.browser;
}

function closeWhenIdle() {
  if (shared.queue.state().running > 0 || shared.queue.state().waiting > 0 || !shared.browser) return;
  const browser = shared.browser;
  shared.idle = setTimeout(() => {
    if (shared.browser !== browser || shared.queue.state().running > 0) return;
    shared.browser = null;
    void browser.then((b) => b.close()).catch(() => {});
  }, IDLE_MS);
  shared.idle.unref();
}

/** Renders and waiting renders right now (for status displays and tests). */
export function pdfQueueState() {
  return shared.queue.state();
}

export async function htmlToPdf(html: string): Promise<Buffer> {
  if (!pdfAvailable()) throw new PdfUnavailableError(`no browser at ${CHROMIUM_PATH}`);
  try {
    return await shared.queue.run(async () => {
      const browser = await sharedBrowser();
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        // Nothing is fetched: the document is self-contained (inline CSS, system fonts).
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
        return Buffer.from(pdf);
      } finally {
        await context.close().catch(() => {});
      }
    });
  } finally {
    closeWhenIdle();
  }
}

/** Closes the shared browser (tests, shutdown); the next render launches a new one. */
export async function closePdfBrowser(): Promise<void> {
  const browser = shared.browser;
  shared.browser = null;
  if (shared.idle) clearTimeout(shared.idle);
  shared.idle = null;
  await browser?.then((b) => b.close()).catch(() => {});
}
