// The report as a Word document, built from the same model as the HTML report (lib/report/model.ts):
// headings as Word headings, tables as Word tables, a Japanese font set on every run (Word picks
// the East Asian font per run, not from the paragraph).
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block, ReportDoc } from '@/lib/report/model';

export const DOCX_FONT = { ascii: 'Noto Sans CJK JP', hAnsi: 'Noto Sans CJK JP', eastAsia: '游明朝', cs: '游明朝' } as const;

const run = (text: string, opts: { bold?: boolean; size?: number } = {}) => new TextRun({ text, font: DOCX_FONT, ...opts });

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function blockToDocx(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], children: [run(b.text)] })];
    case 'para':
      return b.lines.map((line) => new Paragraph({ children: [run(line)], spacing: { after: 80 } }));
    case 'bullets':
      return [
        new Paragraph({ children: [run(b.heading, { bold: true })] }),
        ...b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [run(item)] })),
      ];
    case 'table': {
      const { display, unitNote, note } = b.table;
      const cell = (text: string, i: number, header: boolean) =>
        new TableCell({
          children: [
            new Paragraph({
              alignment: !header && display.align[i] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: [run(text, { bold: header, size: 18 })],
            }),
          ],
        });
      const table = new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: display.head.map((h, i) => cell(h, i, true)) }),
          ...display.rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, i, false)) })),
        ],
      });
      return [
        ...(unitNote ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(unitNote, { size: 18 })] })] : []),
        table,
        ...(note ? [new Paragraph({ children: [run(note, { size: 18 })] })] : []),
      ];
    }
  }
}

export async function reportDocx(doc: ReportDoc): Promise<Buffer> {
  const title = `${doc.title}${doc.draft ? '（案）' : ''}`;
  const document = new Document({
    creator: 'Hyoka',
    title,
    styles: { default: { document: { run: { font: DOCX_FONT, size: 21 } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run(title)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(doc.organisationName)] }),
          ...doc.blocks.flatMap(blockToDocx),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
