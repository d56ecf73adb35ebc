// Compares a rendered report with the published reference text (extracted from its PDF).
// Whitespace is removed on both sides (the extraction adds spaces and line breaks everywhere).
// The extraction also displaced a few lines, which are handled explicitly:
// - chapter headings (１.業務環境 …) printed after their chapter's first paragraph: removed from
//   the sentence sequence and checked for presence on their own;
// - the title (令 和 ６ 年 度 …) extracted at the very end: checked for presence on its own
//   (NFKC, as it is printed with full-width digits and letter-spacing);
// - the table rows, which the extraction broke up: left out of the sentences; their figures are
//   checked with every other figure.
// Sentences are split on 。 and, when the report's headings are given, around a reference line
// that is one of them: a heading is not part of the sentence that follows it (the ①②③ list of
// 効果検証 has no 。 and would otherwise run into the next initiative's title).

const strip = (s: string) => s.replace(/\s+/g, '');

const CHAPTER = /^[１２３４５６７８９０]\s*[.．]\s*\S+$/;
const TITLE = /^令\s*和.*の\s*評\s*価$/;
const TABLE_LINE = [
  /^件\s*数\s*金\s*額/,
  /^保\s*証\s*承\s*諾\s+[\d,]+\s*件/,
  /^保\s*証\s*債\s*務\s*残\s*高\s+[\d,]+\s*件/,
  /^代\s*位\s*弁\s*済\s+[\d,]+\s*件/,
  /^回\s*収\s+---/,
  /^項\s*目\s*金\s*額/,
  /^(経常|経常外|制度改革|収支差額変動|当期)\S*\s+△?\s*[\d,]+\s*(兆|億|万|円)/,
];

export type ReferenceParts = { sentences: string[]; chapters: string[]; title: string | null; figures: string[] };

export function parseReference(text: string, headings: readonly string[] = []): ReferenceParts {
  const headingSet = new Set(headings.map(strip));
  const chapters: string[] = [];
  let title: string | null = null;
  const kept: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (CHAPTER.test(line)) chapters.push(strip(line));
    else if (TITLE.test(line)) title = strip(line);
    else if (TABLE_LINE.some((re) => re.test(line))) continue;
    else if (headingSet.has(strip(line))) kept.push(`\u0000${line}\u0000`);
    else kept.push(line);
  }
  const body = strip(kept.join(''));
  const sentences = body
    .replaceAll('\u0000', '。')
    .split('。')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return { sentences, chapters, title, figures: extractFigures(text) };
}

/** Numbers with their units as printed: 1兆1,064億円, △24億1,900万円, 92.2％, 74,291件, 1.13倍. */
export function extractFigures(text: string): string[] {
  const s = strip(text).replace(/---/g, '―');
  const re = /△?\d[\d,]*(?:\.\d+)?(?:[兆億万]\d[\d,]*)*(?:兆|億|万)?(?:円|件|者|回|倍|％|%|金融機関)?/g;
  return [...s.matchAll(re)].map((m) => m[0]).filter((f) => /[円件者回倍％%]|金融機関/.test(f));
}

export type FidelityResult = {
  sentences: { total: number; matched: number; missing: string[] };
  figures: { total: number; matched: number; missing: string[] };
  chapters: { total: number; matched: number; missing: string[] };
  title: boolean;
};

/** Every reference sentence in the report in the same order, every figure present. */
export function compareWithReference(reportText: string, referenceText: string, headings: readonly string[] = []): FidelityResult {
  const ref = parseReference(referenceText, headings);
  const report = strip(reportText);
  let pos = 0;
  const missing: string[] = [];
  for (const s of ref.sentences) {
    const at = report.indexOf(s, pos);
    if (at < 0) missing.push(s);
    else pos = at + s.length;
  }
  const figMissing = [...new Set(ref.figures)].filter((f) => !report.includes(f));
  const chMissing = ref.chapters.filter((c) => !report.includes(c));
  const nfkc = (s: string) => s.normalize('NFKC');
  return {
    sentences: { total: ref.sentences.length, matched: ref.sentences.length - missing.length, missing },
    figures: { total: new Set(ref.figures).size, matched: new Set(ref.figures).size - figMissing.length, missing: figMissing },
    chapters: { total: ref.chapters.length, matched: ref.chapters.length - chMissing.length, missing: chMissing },
    title: ref.title != null && nfkc(report).includes(nfkc(ref.title)),
  };
}

/** The visible text of the rendered HTML (tags dropped, entities decoded, breaks as newlines). */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(p|h\d|tr|th|td|li|figure|section|header)>/g, '$&\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
