// The report's stylesheet: a document, not a web page. A4 pages with margins, chapters on a new
// page, table rows never split, page numbers (and the draft mark) in the page margins.
const FONT = `"Noto Serif CJK JP", "Noto Sans CJK JP", "Hiragino Mincho ProN", "Yu Mincho", serif`;

const BASE = `
.rpt { font-family: ${FONT}; color: #111; font-size: 10.5pt; line-height: 1.75; text-align: justify; position: relative; }
.rpt p { margin: 0 0 0.6em; text-indent: 1em; }
.rpt .rpt-cover { text-align: center; margin: 0 0 2em; }
.rpt .rpt-cover h1 { font-size: 18pt; font-weight: 700; letter-spacing: 0.3em; margin: 0.5em 0 0.4em; }
.rpt .rpt-cover .rpt-org { text-indent: 0; text-align: right; font-size: 11pt; }
.rpt h2.rpt-chapter { font-size: 13pt; font-weight: 700; margin: 1.6em 0 0.6em; break-after: avoid; }
.rpt h3.rpt-h2 { font-size: 11pt; font-weight: 700; margin: 1.2em 0 0.4em; break-after: avoid; }
.rpt h4.rpt-h3 { font-size: 10.5pt; font-weight: 700; margin: 1em 0 0.3em; padding-left: 0.5em; border-left: 3px solid #555; break-after: avoid; }
.rpt .rpt-opinions { margin: 0 0 1em; }
.rpt .rpt-opinions h4 { font-size: 10.5pt; font-weight: 700; margin: 1em 0 0.3em; break-after: avoid; }
.rpt p.rpt-bullet { text-indent: -1em; padding-left: 1em; }
.rpt figure.rpt-table { margin: 0.8em 0 1.2em; }
.rpt table { border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.5; }
.rpt thead { display: table-header-group; }
.rpt tr { break-inside: avoid; page-break-inside: avoid; }
.rpt th, .rpt td { border: 1px solid #333; padding: 0.3em 0.5em; vertical-align: middle; }
.rpt thead th { background: #eee; text-align: center; font-weight: 700; }
.rpt tbody th { text-align: left; font-weight: 400; white-space: nowrap; }
.rpt td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.rpt .rpt-unit { text-align: right; text-indent: 0; font-size: 9pt; margin: 0 0 0.2em; }
.rpt .rpt-note { text-indent: 0; font-size: 9pt; margin-top: 0.3em; }
.rpt .rpt-amendment { border: 1px solid #333; padding: 0.6em 0.8em; margin: 0 0 1.5em; }
.rpt .rpt-amendment p { text-indent: 0; }
.rpt .rpt-amendment-title { font-weight: 700; }
.rpt .rpt-draft { position: absolute; top: 0; right: 0; border: 2px solid #b91c1c; color: #b91c1c; font-weight: 700; padding: 0.1em 0.6em; font-size: 11pt; letter-spacing: 0.1em; }
`;

const PRINT = `
@page { size: A4; margin: 20mm 18mm 20mm 18mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #333; } }
@media print {
  html, body { margin: 0; padding: 0; background: #fff; }
  .rpt h2.rpt-chapter.rpt-break { break-before: page; }
  /* A fixed element repeats on every printed page: a faint diagonal 案 behind the text. */
  .rpt .rpt-draft { position: fixed; top: 40%; left: 0; right: 0; border: none; text-align: center; font-size: 72pt; color: rgba(185, 28, 28, 0.12); transform: rotate(-30deg); z-index: 0; pointer-events: none; }
  .rpt-screen-only { display: none !important; }
}
`;

/** On a screen (a phone included) a wide table scrolls in its own box; the page never scrolls sideways. */
const SCREEN = `
@media screen {
  .rpt figure.rpt-table { overflow-x: auto; }
  .rpt p { overflow-wrap: anywhere; }
}
/* A phone has no margin for the draft mark: it goes above the title instead of over it. */
@media screen and (max-width: 640px) {
  .rpt .rpt-draft { position: static; display: inline-block; margin-bottom: 0.5em; }
}
`;

/** Draft years: 案 in the top margin of every page too (the fixed mark repeats on each page). */
const DRAFT_PAGE = `@page { @top-right { content: "案 DRAFT"; color: #b91c1c; font-size: 10pt; font-weight: 700; } }`;

export function reportCss(opts: { draft: boolean }): string {
  return BASE + PRINT + SCREEN + (opts.draft ? DRAFT_PAGE : '');
}
