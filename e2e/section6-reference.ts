// Section 6 of the reference document (令和6年度 経営計画の評価, as extracted text) parsed into
// blocks: extraction wraps lines anywhere and puts the chapter title after the first block.
import fs from 'node:fs';
import path from 'node:path';

export type ReferenceBlock = { heading: string; bullets: string[] };

export function referenceSection6(): ReferenceBlock[] {
  const raw = fs.readFileSync(path.join(__dirname, 'fixtures', 'r6-section6.txt'), 'utf8');
  const blocks: ReferenceBlock[] = [];
  for (const line of raw.split('\n').map((l) => l.trim())) {
    if (!line || /^６\.外部評価委員の意見等$/.test(line) || /^令 和/.test(line)) continue;
    if (line.startsWith('・')) blocks.at(-1)!.bullets.push(line);
    else if (line.length <= 20 && !/[。、]/.test(line)) blocks.push({ heading: line, bullets: [] });
    else {
      const b = blocks.at(-1)!.bullets;
      b[b.length - 1] += line;
    }
  }
  return blocks;
}
