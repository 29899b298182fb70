import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { parseDocument, type Block, type DocumentModel } from '../../../src/lib/documents/parse-document.ts';
import {
  DocumentView,
  headingRanks,
  inlineAnchors,
  inlineLines,
  lineAnchorsByBlock,
  linksByAnchor,
  preRuns,
  splitDocument,
  tableCells,
} from '../../../src/lib/documents/view.ts';
import { CoverageEntrySchema } from '../../../src/lib/documents/coverage-schema.ts';

const heading = (id: string, level: 1 | 2 | 3 | 4, lines: [number, number]): Block => ({ type: 'heading', id, level, text: id, lines });
const para = (id: string, lines: [number, number], text = 'x'.repeat(50)): Block => ({ type: 'paragraph', id, lines, text });
const caption = (id: string, label: string, lines: [number, number]): Block => ({
  type: 'caption', id, kind: 'tabel', label, number: label.split(' ')[1] ?? '', title: 'Judul', anchor: id, lines,
});
const table = (id: string, lines: [number, number], captionId?: string): Block => ({
  type: 'table-text', id, lines, rows: ['a'.repeat(40)], rowLines: [lines[0]], ...(captionId ? { captionId } : {}),
});

function model(blocks: Block[]): DocumentModel {
  const captions = blocks.flatMap((b) =>
    b.type === 'caption'
      ? [{ kind: b.kind, label: b.label, normalizedLabel: b.label, number: b.number, title: b.title, anchor: b.anchor, line: b.lines[0], lines: b.lines, extent: [b.lines[0], b.lines[1] + 10] as [number, number] }]
      : [],
  );
  return { blocks, captions, toc: [], diagnostics: { furnitureLines: [], duplicateLabels: [], numberingGaps: [], layoutStyle: true } };
}

const sample = model([
  heading('bab-i', 1, [1, 1]),
  para('p-3', [3, 4]),
  caption('tabel-i-1', 'Tabel I.1', [6, 6]),
  table('tabel-baris-7', [7, 16], 'tabel-i-1'),
  heading('bab-ii', 1, [20, 20]),
  para('p-22', [22, 23]),
  caption('tabel-i-1-2', 'Tabel I.1', [30, 30]),
  table('tabel-baris-40', [40, 45]),
]);

describe('splitDocument', () => {
  test('a document within the budget is one part', () => {
    const parts = splitDocument(sample, 10_000);
    expect(parts.map((p) => [p.number, p.lines])).toEqual([[1, [1, 45]]]);
  });

  test('a long document starts a part at every chapter and keeps a table with its caption', () => {
    const parts = splitDocument(sample, 50);
    expect(parts.map((p) => p.blocks.map((b) => b.id))).toEqual([
      ['bab-i', 'p-3'],
      ['tabel-i-1', 'tabel-baris-7'],
      ['bab-ii', 'p-22'],
      ['tabel-i-1-2', 'tabel-baris-40'],
    ]);
    expect(parts[1]?.title).toBe('Tabel I.1 Judul');
    expect(parts[2]?.title).toBe('bab-ii');
  });
});

describe('DocumentView.resolve', () => {
  const view = new DocumentView('lkpj-2023', sample, 50);

  test('a printed label resolves to its caption anchor on the page that holds it', () => {
    expect(view.resolve({ label: 'Tabel I.1', lines: [6, 16] })).toMatchObject({ anchor: 'tabel-i-1', href: '/dokumen/lkpj-2023/bagian/2/#tabel-i-1' });
  });

  test('a repeated label picks the caption whose table overlaps the lines', () => {
    expect(view.resolve({ label: 'Tabel I.1', lines: [31, 35] }).href).toBe('/dokumen/lkpj-2023/bagian/4/#tabel-i-1-2');
  });

  test('an unnumbered table resolves to the block at its lines', () => {
    expect(view.resolve({ label: 'Tabel anggaran (tanpa nomor)', lines: [41, 44] })).toEqual({ anchor: 'tabel-baris-40', href: '/dokumen/lkpj-2023/bagian/4/#tabel-baris-40' });
  });

  test('an appendix label resolves to its heading', () => {
    expect(view.resolve({ label: 'BAB II', lines: [20, 25] }).anchor).toBe('bab-ii');
  });

  test('lines outside every block fall back to a line anchor on the page of the next block', () => {
    expect(view.resolve({ label: 'Uraian', lines: [18, 19] })).toEqual({ anchor: 'L18', href: '/dokumen/lkpj-2023/bagian/3/#L18' });
  });

  test('a single-part document links to the document page itself', () => {
    expect(new DocumentView('renja', sample).lineTarget(22).href).toBe('/dokumen/renja/#L22');
  });
});

describe('lineAnchorsByBlock', () => {
  test('each block gets its first line; referenced lines in a gap go to the next block, after the end to the last', () => {
    const m = lineAnchorsByBlock(sample.blocks, [5, 8, 18, 99]);
    expect(m.get('bab-i')).toEqual([1]);
    expect(m.get('tabel-i-1')).toEqual([5, 6]);
    // Preformatted tables print their own first row with its id (inlineAnchors), so it is not repeated before them.
    expect(m.get('tabel-baris-7')).toEqual([8]);
    expect(m.get('bab-ii')).toEqual([18, 20]);
    expect(m.get('tabel-baris-40')).toEqual([99]);
  });
});

/** A preformatted appendix block: rows on lines 101, 103, 104, 107 (102, 105–106 blank or page furniture). */
const appendix: Block = {
  type: 'table-text',
  id: 'lampiran-i-tabel',
  lines: [101, 107],
  rows: ['1 02 02 2.01 16 Pengadaan Obat', 'Puskesmas', '100 persen 2,342,150,707.00 53.52', '1,253,521,879.00'],
  rowLines: [101, 103, 104, 107],
};
const tabbed: Block = { type: 'table-text', id: 'tabel-tab', lines: [110, 112], rows: ['a\tb', 'c\td', 'e\tf'], rowLines: [110, 111, 112] };
const appendixModel = model([heading('lampiran', 1, [100, 100]), appendix, tabbed]);

describe('line anchors inside preformatted blocks', () => {
  test('inlineLines: rows of a <pre> block only; a tab table (HTML table) and prose have none', () => {
    expect([...inlineLines(appendix)]).toEqual([101, 103, 104, 107]);
    expect([...inlineLines(tabbed)]).toEqual([]);
    expect([...inlineLines(heading('x', 1, [1, 1]))]).toEqual([]);
  });

  test('inlineAnchors: the block start plus referenced rows; referenced blank lines and other blocks are left to lineAnchorsByBlock', () => {
    expect([...inlineAnchors(appendixModel.blocks, [104, 105, 111])].sort((a, b) => a - b)).toEqual([101, 104]);
    const before = lineAnchorsByBlock(appendixModel.blocks, [104, 105, 111]);
    expect(before.get('lampiran-i-tabel')).toEqual([105]);
    expect(before.get('tabel-tab')).toEqual([110, 111]);
  });

  test('preRuns: anchored rows become their own run with the line id; the text between keeps its newlines', () => {
    expect(preRuns(appendix, new Set([101, 104]))).toEqual([
      { id: 'L101', text: '1 02 02 2.01 16 Pengadaan Obat' },
      { text: '\nPuskesmas\n' },
      { id: 'L104', text: '100 persen 2,342,150,707.00 53.52' },
      { text: '\n1,253,521,879.00' },
    ]);
    // Joined, the runs give back the block's text exactly.
    expect(preRuns(appendix, new Set([101, 104])).map((r) => r.text).join('')).toBe(appendix.type === 'table-text' ? appendix.rows.join('\n') : '');
    expect(preRuns(appendix, new Set())).toEqual([{ text: appendix.type === 'table-text' ? appendix.rows.join('\n') : '' }]);
  });

  test('exactLineTarget lands on an anchored row itself, else on the start of its block', () => {
    const view = new DocumentView('lkpj-2023', appendixModel, 1_000_000);
    const anchored = inlineAnchors(appendixModel.blocks, [104]);
    expect(view.exactLineTarget(104, anchored).href).toBe('/dokumen/lkpj-2023/#L104');
    expect(view.exactLineTarget(103, anchored).href).toBe('/dokumen/lkpj-2023/#L101');
    expect(view.exactLineTarget(111, anchored).href).toBe('/dokumen/lkpj-2023/#L110');
  });
});

describe('linksByAnchor', () => {
  test('datasets and register entries are attached to the element they resolve to, once each', () => {
    const view = new DocumentView('lkpj-2023', sample);
    const datasets = [
      { slug: 'b', title: 'B', source: { document: 'lkpj-2023', table: 'Tabel I.1', lines: [6, 16] as const } },
      { slug: 'a', title: 'A', source: { document: 'lkpj-2023', table: 'Tabel I.1', lines: [7, 9] as const } },
      { slug: 'z', title: 'Z', source: { document: 'other', table: 'Tabel I.1', lines: [6, 16] as const } },
    ];
    const coverage = [{ document: 'lkpj-2023', label: 'Tabel I.1', title: 'Judul', lines: [6, 16] as const, datasets: ['a'] }];
    const links = linksByAnchor(view, datasets, coverage);
    expect(links.get('tabel-i-1')?.datasets).toEqual([{ slug: 'a', title: 'A' }, { slug: 'b', title: 'B' }]);
    expect(links.get('tabel-i-1')?.coverage).toHaveLength(1);
    expect([...links.keys()]).toEqual(['tabel-i-1']);
  });
});

describe('headingRanks', () => {
  test('a page starting mid-chapter skips no heading rank', () => {
    const blocks = [heading('c', 3, [1, 1]), heading('d', 4, [2, 2]), heading('e', 1, [3, 3]), heading('f', 3, [4, 4])];
    expect([...headingRanks(blocks).values()]).toEqual([2, 3, 2, 3]);
    expect([...headingRanks(blocks, 2).values()]).toEqual([3, 4, 3, 4]);
  });
});

describe('tableCells', () => {
  test.each([
    [['Gol\tJumlah', 'IV/a\t1', 'Total\t19\t56'], { width: 3, rows: [['Gol', 'Jumlah', ''], ['IV/a', '1', ''], ['Total', '19', '56']] }],
    [['No\tDomain\t2023', '1\tKebijakan\t3', 'Sumber : Menteri PANRB'], { width: 3, rows: [['No', 'Domain', '2023'], ['1', 'Kebijakan', '3'], ['Sumber : Menteri PANRB']] }],
    [['Uraian   2022   2023', 'PAD   1.000   2.000', 'x\ty'], undefined],
    [[], undefined],
  ])('%j', (rows, cells) => {
    expect(tableCells(rows)).toEqual(cells);
  });
});

/** The four real sources: every dataset and register entry resolves to an element the page renders. */
describe.each(['lkpj-2023', 'renja-bkpsdm-2025', 'lkjip-disnaker-2021', 'lkj-diskominfo-2024'])('real source %s', (id) => {
  const root = new URL('../../../data/', import.meta.url);
  const view = new DocumentView(id, parseDocument(readFileSync(new URL(`sources/${id}.txt`, root), 'utf8')));
  const datasets = readdirSync(new URL('datasets/', root))
    .map((f) => parseYaml(readFileSync(new URL(`datasets/${f}`, root), 'utf8')) as { slug: string; source: { document: string; table: string; lines: [number, number] } })
    .filter((d) => d.source.document === id);
  const coverage = readdirSync(new URL('coverage/', root))
    .flatMap((f) => (parseYaml(readFileSync(new URL(`coverage/${f}`, root), 'utf8')) as unknown[]).map((e) => CoverageEntrySchema.parse(e)))
    .filter((e) => e.document === id);
  const blockIds = new Set(view.model.blocks.map((b) => b.id));

  test('every dataset provenance resolves to a rendered caption or block', () => {
    for (const d of datasets) {
      const t = view.resolve({ label: d.source.table, lines: d.source.lines });
      expect(blockIds.has(t.anchor), `${d.slug}: ${d.source.table} → ${t.anchor}`).toBe(true);
    }
  });

  test('every printed caption has an entry in the coverage register', () => {
    const covered = new Set(coverage.map((e) => view.resolve(e).anchor));
    const missing = view.model.captions.filter((c) => !covered.has(c.anchor)).map((c) => c.normalizedLabel);
    expect(missing).toEqual([]);
  });
});
