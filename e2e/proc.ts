// The e2e server's processes, read from /proc: its memory, and what it has started (Chromium).
import fs from 'node:fs';

type Proc = { pid: number; ppid: number; rssKb: number; cmdline: string };

function readProc(pid: number): Proc | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const rss = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    return { pid, ppid, rssKb: rss ? Number(rss[1]) : 0, cmdline };
  } catch {
    return null; // gone in between
  }
}

function allProcs(): Proc[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readProc(Number(d)))
    .filter((p): p is Proc => p !== null);
}

/** `root` and every process below it. */
export function processTree(root: number): Proc[] {
  const procs = allProcs();
  const out: Proc[] = [];
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop()!;
    const p = procs.find((x) => x.pid === pid);
    if (p) out.push(p);
    for (const c of procs) if (c.ppid === pid) todo.push(c.pid);
  }
  return out;
}

/** The pid of this worktree's shared e2e server (scripts/e2e-server.mjs, started by Playwright). */
export function e2eServerPid(): number {
  const cwd = process.cwd();
  const found = allProcs().find((p) => {
    if (!p.cmdline.includes('scripts/e2e-server.mjs')) return false;
    try {
      return fs.readlinkSync(`/proc/${p.pid}/cwd`) === cwd;
    } catch {
      return false;
    }
  });
  if (!found) throw new Error('the e2e server (scripts/e2e-server.mjs) of this worktree is not running');
  return found.pid;
}

/** Resident memory of the server: its largest process (next-server), in MB. */
export function serverRssMb(root: number): number {
  const node = processTree(root).filter((p) => !/chrom/i.test(p.cmdline));
  return Math.max(0, ...node.map((p) => p.rssKb)) / 1024;
}

/** Chromium browser processes below the server: not their renderers, zygotes, GPU or crash handlers (--type=…, other executables). */
export function browserCount(root: number): number {
  return processTree(root).filter((p) => /(^|\/)(chromium|chrome)$/.test(p.cmdline.split(' ')[0] ?? '') && !/--type=/.test(p.cmdline))
    .length;
}
