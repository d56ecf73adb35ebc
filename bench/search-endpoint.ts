// /search on the large dataset through the production server: sequential requests from one
// client (so each time is the server's time plus loopback), as a logged-in admin. Needs a build.
// `npx tsx bench/search-endpoint.ts [port]` (about two minutes).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { largeDataset } from './datasets';
import { loginCookie, startServer } from './server';

async function main() {
  const port = Number(process.argv[2] ?? 3162);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hyoka-search-'));
  const ds = largeDataset(dir);
  const server = await startServer(ds.file, port);
  try {
    const cookie = await loginCookie(server.base, ds.admin, ds.password);
    for (const q of ['保証承諾', '改訂 1', '存在しない語句']) {
      const url = `${server.base}/search?q=${encodeURIComponent(q)}`;
      for (let i = 0; i < 5; i++) await fetch(url, { headers: { cookie } }).then((r) => r.text());
      const ms: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 40; i++) {
        const t0 = performance.now();
        const body = await fetch(url, { headers: { cookie } }).then((r) => r.text());
        ms.push(performance.now() - t0);
        bytes = body.length;
      }
      ms.sort((a, b) => a - b);
      const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(1);
      console.log(`/search?q=${q}: median ${at(0.5)} ms, p90 ${at(0.9)} ms, ${(bytes / 1024).toFixed(0)} kB`);
    }
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
