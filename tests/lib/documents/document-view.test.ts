import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { parseDocument, type Block, type DocumentModel } from '../../../src/lib/documents/parse-document.ts';
import {
  DocumentView,
  headingRanks,
  lineAnchorsByBlock,
  linksByAnchor,
  splitDocument,
  tableCells,
} from '../../../src/lib/documents/document-view.ts';
import { CoverageEntrySchema } from '../../../src/lib/schemas/coverage.ts';

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
    expect(m.get('tabel-baris-7')).toEqual([7, 8]);
    expect(m.get('bab-ii')).toEqual([18, 20]);
    expect(m.get('tabel-baris-40')).toEqual([40, 99]);
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
