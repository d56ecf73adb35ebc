// First-load JavaScript per route, gzipped: Next 16 no longer prints it, so sum the route's
// chunks from the build's diagnostics.
import fs from 'node:fs';
import zlib from 'node:zlib';

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

export function firstLoadJs(): { route: string; rawKb: number; gzipKb: number }[] {
  const file = '.next/diagnostics/route-bundle-stats.json';
  if (!fs.existsSync(file)) return [];
  const stats = JSON.parse(fs.readFileSync(file, 'utf8')) as RouteStats[];
  const gz = new Map<string, number>();
  const gzSize = (p: string) => {
    if (!gz.has(p)) gz.set(p, fs.existsSync(p) ? zlib.gzipSync(fs.readFileSync(p)).length : 0);
    return gz.get(p)!;
  };
  return stats
    .map((s) => ({
      route: s.route,
      rawKb: Math.round(s.firstLoadUncompressedJsBytes / 102.4) / 10,
      gzipKb: Math.round(s.firstLoadChunkPaths.reduce((n, p) => n + gzSize(p), 0) / 102.4) / 10,
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}
