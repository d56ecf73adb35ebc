// The document model as HTML: the same markup feeds the preview page, the print view and the
// PDF (Chromium prints it), so what is previewed is what is published.
import type { Block, ReportDoc } from './model';
import type { ReportTable } from './table-types';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function tableHtml(t: ReportTable): string {
  const head = t.display.head
    .map((h, i) => `<th scope="col" class="${t.display.align[i] === 'right' ? 'num' : ''}">${escapeHtml(h)}</th>`)
    .join('');
  const rows = t.display.rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td class="${t.display.align[i] === 'right' ? 'num' : ''}">${escapeHtml(c)}</td>`)).join('')}</tr>`,
    )
    .join('');
  return [
    `<figure class="rpt-table rpt-table-${t.key}" data-table="${t.key}">`,
    t.unitNote ? `<p class="rpt-unit">${escapeHtml(t.unitNote)}</p>` : '',
    `<table aria-label="${escapeHtml(t.title)}"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`,
    t.note ? `<p class="rpt-note">${escapeHtml(t.note)}</p>` : '',
    '</figure>',
  ].join('');
}

function blockHtml(b: Block, firstChapter: boolean): string {
  switch (b.type) {
    case 'heading': {
      const tag = `h${b.level + 1}`;
      const cls = b.level === 1 ? `rpt-chapter${firstChapter ? '' : ' rpt-break'}` : `rpt-h${b.level}`;
      return `<${tag} id="${b.anchor}" class="${cls}">${escapeHtml(b.text)}</${tag}>`;
    }
    case 'para':
      return `<p>${b.lines.map(escapeHtml).join('<br>')}</p>`;
    case 'bullets':
      return `<section class="rpt-opinions">${b.heading ? `<h4>${escapeHtml(b.heading)}</h4>` : ''}${b.items.map((i) => `<p class="rpt-bullet">${escapeHtml(i)}</p>`).join('')}</section>`;
    case 'table':
      return tableHtml(b.table);
  }
}

/** The labels the document needs besides its data (the draft mark, the amendment block). */
export type RenderLabels = { draft: string; amendment: (version: number, date: string) => string; amendmentNote: string };

export const JA_LABELS: RenderLabels = {
  draft: '案 DRAFT',
  amendment: (version, date) => `訂正版（第${version}版） ${date}`,
  amendmentNote: '訂正の内容及び理由',
};

/** The document body: an <article class="rpt">, no <html> around it. */
export function renderReportBody(doc: ReportDoc, labels: RenderLabels = JA_LABELS): string {
  let chapters = 0;
  const parts: string[] = [];
  if (doc.draft) parts.push(`<div class="rpt-draft" data-draft-mark="true">${escapeHtml(labels.draft)}</div>`);
  parts.push(
    `<header class="rpt-cover"><h1>${escapeHtml(doc.title)}</h1><p class="rpt-org">${escapeHtml(doc.organisationName)}</p></header>`,
  );
  if (doc.amendment) {
    parts.push(
      `<section class="rpt-amendment" data-amendment="${doc.amendment.version}"><p class="rpt-amendment-title">${escapeHtml(labels.amendment(doc.amendment.version, doc.amendment.date))}</p>` +
        `<p><strong>${escapeHtml(labels.amendmentNote)}：</strong>${doc.amendment.note.split('\n').map(escapeHtml).join('<br>')}</p></section>`,
    );
  }
  for (const b of doc.blocks) {
    const first = b.type === 'heading' && b.level === 1 && chapters++ === 0;
    parts.push(blockHtml(b, first));
  }
  return `<article class="rpt${doc.draft ? ' rpt-is-draft' : ''}" lang="ja">${parts.join('\n')}</article>`;
}

/** A standalone HTML document for Chromium's page.pdf() and the print view. */
export function renderReportDocument(doc: ReportDoc, css: string, labels: RenderLabels = JA_LABELS): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>${css}</style></head><body class="rpt-print">${renderReportBody(doc, labels)}</body></html>`;
}
