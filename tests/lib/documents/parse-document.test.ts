import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import {
  captionAnchor,
  findBlockForLines,
  findCaptionForLines,
  parseDocument,
  type Block,
  type DocumentModel,
} from '../../../src/lib/documents/parse-document.ts';

const SOURCES = ['lkpj-2023', 'renja-bkpsdm-2025', 'lkjip-disnaker-2021', 'lkj-diskominfo-2024'] as const;
type SourceName = (typeof SOURCES)[number];

const texts = new Map<SourceName, string>();
const models = new Map<SourceName, DocumentModel>();

function source(name: SourceName): string {
  let t = texts.get(name);
  if (t === undefined) {
    t = readFileSync(new URL(`../../../data/sources/${name}.txt`, import.meta.url), 'utf8');
    texts.set(name, t);
  }
  return t;
}

function model(name: SourceName): DocumentModel {
  let m = models.get(name);
  if (!m) {
    m = parseDocument(source(name));
    models.set(name, m);
  }
  return m;
}

function textOf(b: Block): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
    case 'source':
      return b.text;
    case 'list':
      return b.items.map((i) => i.text).join('\n');
    case 'caption':
      return `${b.label} ${b.title}`;
    default:
      return b.rows.join('\n');
  }
}

describe('captionAnchor', () => {
  test.each([
    ['Tabel I.3', 'tabel-i-3'],
    ['Gambar I.6', 'gambar-i-6'],
    ['Tabel III. 11', 'tabel-iii-11'],
    ['Tabel 3.10', 'tabel-3-10'],
    ['Gambar III.44', 'gambar-iii-44'],
    ['TABEL 3. 13', 'tabel-3-13'],
    ['Tabel . 3.3', 'tabel-3-3'],
    ['TABEL. 3.5', 'tabel-3-5'],
    ['GAMBAR 1.1', 'gambar-1-1'],
    ['**Tabel 1.3', 'tabel-1-3'],
    ['# TABEL 3.14', 'tabel-3-14'],
    ['Grafik 1.2', 'grafik-1-2'],
    ['Gambar 1', 'gambar-1'],
    ['Tabel 1', 'tabel-1'],
    [' Tabel II.3 ', 'tabel-ii-3'],
  ])('%j → %s', (label, anchor) => {
    expect(captionAnchor(label)).toBe(anchor);
  });
});

describe.each(SOURCES)('invariants for %s', (name) => {
  it('covers every non-furniture line exactly once and keeps ids unique', () => {
    const m = model(name);
    const lines = source(name).split(/\r?\n/);
    const cover = new Uint16Array(lines.length + 2);
    for (const b of m.blocks) {
      expect(b.lines[0]).toBeGreaterThanOrEqual(1);
      expect(b.lines[1]).toBeGreaterThanOrEqual(b.lines[0]);
      expect(b.lines[1]).toBeLessThanOrEqual(lines.length);
      for (let l = b.lines[0]; l <= b.lines[1]; l++) cover[l] = (cover[l] ?? 0) + 1;
    }
    const furniture = new Set(m.diagnostics.furnitureLines);
    const duplicated: number[] = [];
    const lost: number[] = [];
    lines.forEach((line, i) => {
      const n = i + 1;
      if ((cover[n] ?? 0) > 1) duplicated.push(n);
      if (line.trim().length > 0 && !furniture.has(n) && (cover[n] ?? 0) === 0) lost.push(n);
    });
    expect(duplicated).toEqual([]);
    expect(lost).toEqual([]);

    const ids = m.blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    const anchors = m.captions.map((c) => c.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const c of m.captions) {
      expect(c.anchor).toMatch(/^(tabel|gambar|grafik)-[a-z0-9-]+$/);
      expect(m.blocks.some((b) => b.type === 'caption' && b.id === c.anchor && b.lines[0] === c.line)).toBe(true);
      expect(c.title.length).toBeGreaterThan(3);
      expect(c.extent[0]).toBeLessThanOrEqual(c.line);
      expect(c.extent[1]).toBeGreaterThanOrEqual(c.lines[1]);
    }
    // Blocks come in source order; rows point at their own lines.
    for (let k = 1; k < m.blocks.length; k++) {
      expect(m.blocks[k]?.lines[0]).toBeGreaterThan(m.blocks[k - 1]?.lines[1] ?? 0);
    }
    for (const b of m.blocks) {
      if (b.type === 'table-text' || b.type === 'figure-text') {
        expect(b.rowLines).toHaveLength(b.rows.length);
        for (const [k, n] of b.rowLines.entries()) {
          expect(n).toBeGreaterThanOrEqual(b.lines[0]);
          expect(n).toBeLessThanOrEqual(b.lines[1]);
          expect(lines[n - 1]?.trimEnd()).toBe(b.rows[k]);
        }
      }
    }
    // The toc mirrors the headings.
    expect(m.toc.map((t) => t.id)).toEqual(m.blocks.filter((b) => b.type === 'heading').map((b) => b.id));
  });
});

describe('lkpj-2023', () => {
  it('finds Tabel I.3 with its anchor, line, title, rows and source', () => {
    const m = model('lkpj-2023');
    const cap = m.captions.find((c) => c.label === 'Tabel I.3');
    expect(cap).toMatchObject({
      kind: 'tabel',
      anchor: 'tabel-i-3',
      line: 793,
      number: 'I.3',
      title: 'Jumlah Penduduk Menurut Kecamatan di Kota Binjai Tahun 2023',
      extent: [793, 816],
      source: 'Sumber : Kota Binjai Dalam Angka Tahun 2024, BPS',
    });
    const table = m.blocks.find((b) => b.type === 'table-text' && b.captionId === 'tabel-i-3');
    expect(table?.type).toBe('table-text');
    if (table?.type !== 'table-text') return;
    expect(table.lines).toEqual([797, 816]);
    expect(table.rows).toContain('4 Binjai Utara 88,364 29.14% 3,745.82');
    expect(table.rows).toContain('Kota Binjai 303,272 100.00% 3,352.92');
  });

  it('finds Gambar I.6 with its chart residue', () => {
    const m = model('lkpj-2023');
    const cap = m.captions.find((c) => c.anchor === 'gambar-i-6');
    expect(cap).toMatchObject({ kind: 'gambar', label: 'Gambar I.6', line: 783, title: 'Perkembangan Jumlah Penduduk Kota Binjai' });
    const residue = m.blocks.filter((b) => b.type === 'figure-text' && b.captionId === 'gambar-i-6');
    const rows = residue.flatMap((b) => (b.type === 'figure-text' ? b.rows : []));
    expect(rows.map((r) => r.trim())).toEqual(expect.arrayContaining(['291,842', '303,272', '2023 2022 2021 2020']));
  });

  it('reads labels printed with odd spacing and after page breaks', () => {
    const m = model('lkpj-2023');
    expect(m.captions.find((c) => c.line === 4405)).toMatchObject({
      label: 'Tabel III. 11',
      number: 'III.11',
      anchor: 'tabel-iii-11',
      title: 'Jumlah Fasilitas Kesehatan di Kota Binjai',
    });
    // Captions on the first line of a page (leading space), missed by grep '^(Tabel|Gambar)'.
    expect(m.captions.find((c) => c.line === 746)?.anchor).toBe('gambar-i-5');
    expect(m.captions.find((c) => c.line === 1129)?.anchor).toBe('tabel-i-6');
    expect(m.captions.find((c) => c.line === 10473)?.anchor).toBe('tabel-iii-44');
  });

  it('joins wrapped caption titles', () => {
    const m = model('lkpj-2023');
    const title = (anchor: string): string | undefined => m.captions.find((c) => c.anchor === anchor)?.title;
    expect(title('gambar-i-8')).toBe('Perkembangan Laju Pertumbuhan Penduduk (LPP) Kota Binjai Tahun 2016-2023');
    expect(title('tabel-iii-2')).toBe(
      'Perkembangan Tingkat Partisipasi Angkatan Kerja (TPAK) dan Tingkat Pengangguran Terbuka (TPT) di Kota Binjai Tahun 2020-2023',
    );
    expect(title('tabel-iii-24')).toBe(
      'Capaian Kinerja Urusan Bidang Pemberdayaan Perempuan dan Perlindungan Anak (Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Masyarakat Kota Binjai) Tahun 2023',
    );
    expect(title('gambar-iii-41')).toBe(
      'Capaian Target dan Realisasi Persentase Orang Dengan Resiko Terinfeksi HIV Mendapatkan Pelayanan Deteksi Dini HIV Sesuai Standar di Kota Binjai',
    );
    expect(title('gambar-iii-4')).toBe('Pencapaian Target dan Realisasi Tingkat Pengangguran Terbuka (TPT) Kota Binjai');
    // The legend/prose after a chart title is not part of it.
    expect(title('gambar-iii-21')).toBe('Perkembangan Angka Rata-rata Lama Sekolah Kota Binjai');
    expect(title('tabel-iii-21')).toBe(
      'Jumlah Penerima Bantuan dan Anggaran Bantuan Sosial Pangan Menurut Kecamatan di Kota Binjai, 2023',
    );
  });

  it('counts 56 tables and 85 charts and reports the numbering gaps', () => {
    const m = model('lkpj-2023');
    expect(m.captions.filter((c) => c.kind === 'tabel')).toHaveLength(56);
    expect(m.captions.filter((c) => c.kind === 'gambar')).toHaveLength(85);
    const labels = new Set(m.captions.map((c) => c.normalizedLabel));
    for (let k = 1; k <= 9; k++) expect(labels.has(`Tabel I.${k}`)).toBe(true);
    for (let k = 1; k <= 3; k++) expect(labels.has(`Tabel II.${k}`)).toBe(true);
    for (let k = 1; k <= 44; k++) expect(labels.has(`Tabel III.${k}`)).toBe(true);
    for (let k = 1; k <= 8; k++) expect(labels.has(`Gambar I.${k}`)).toBe(true);
    // Gambar III.3, III.60, III.62–65 exist only as images in the PDF.
    expect(m.diagnostics.numberingGaps).toEqual([
      'Gambar III.3',
      'Gambar III.60',
      'Gambar III.62',
      'Gambar III.63',
      'Gambar III.64',
      'Gambar III.65',
    ]);
    expect(m.diagnostics.duplicateLabels).toEqual([]);
    // Prose references are not captions.
    expect(m.captions.some((c) => c.line === 1218 || c.line === 4016 || c.line === 10395)).toBe(false);
  });

  it('removes the running header/footer found by repetition', () => {
    const m = model('lkpj-2023');
    const furniture = new Set(m.diagnostics.furnitureLines);
    for (const n of [870, 874, 876, 878, 879, 881, 2380, 10704, 10708, 19026, 28676]) expect(furniture.has(n)).toBe(true);
    // Table column headers repeated on every appendix page are content, not furniture.
    expect(furniture.has(10817)).toBe(false);
    expect(furniture.has(10819)).toBe(false);
    for (const b of m.blocks) {
      if (b.type === 'paragraph' || b.type === 'list' || b.type === 'heading') {
        expect(textOf(b)).not.toContain('WALI KOTA BINJAI TAHUN 2023');
        expect(textOf(b)).not.toContain('LAPORAN KETERANGAN');
        expect(textOf(b)).not.toMatch(/BAB I+V?-\d/);
      }
    }
  });

  it('rejoins broken lines into paragraphs', () => {
    const m = model('lkpj-2023');
    const para = m.blocks.find((b) => b.type === 'paragraph' && b.lines[0] === 787);
    expect(para).toMatchObject({
      type: 'paragraph',
      lines: [787, 791],
      text:
        'Berdasarkan jumlah penduduk per kecamatan, kecamatan Binjai Utara memiliki jumlah penduduk terbanyak yaitu ' +
        '88.364 jiwa atau 29,14 %, sedangkan kecamatan Binjai Kota memiliki jumlah penduduk terkecil yaitu 32.452 jiwa atau 10,70 %.',
    });
    // "laki-" + blank line + "laki" → "laki-laki".
    const p820 = m.blocks.find((b) => b.type === 'paragraph' && b.lines[0] === 820);
    expect(p820?.type === 'paragraph' ? p820.text : '').toContain('dengan jumlah laki-laki sebanyak sebanyak 150.032 jiwa');
    // A paragraph interrupted mid-sentence by a chart printed at the top of a page.
    const cont = m.blocks.find((b) => b.type === 'paragraph' && b.lines[0] === 2624);
    expect(cont).toMatchObject({ continuation: true });
    expect(cont?.type === 'paragraph' ? cont.text : '').toMatch(/^di antara penduduk miskin\./);
  });

  it('detects headings, lists and the table of contents', () => {
    const m = model('lkpj-2023');
    const toc = (line: number) => m.toc.find((t) => t.line === line);
    expect(toc(1)).toMatchObject({ level: 1, text: 'KATA PENGANTAR' });
    expect(toc(51)).toMatchObject({ level: 2, text: '1.1 Dasar Hukum Penyusunan Laporan Keterangan Pertanggungjawaban Wali Kota' });
    expect(toc(755)).toMatchObject({ level: 3, text: '1.4.2 Jumlah Penduduk' });
    expect(toc(609)).toMatchObject({ level: 4, text: 'B. Letak dan Kondisi Geografis' });
    expect(toc(2459)).toMatchObject({ level: 1, text: 'BAB III HASIL PENYELENGGARAAN URUSAN PEMERINTAHAN YANG MENJADI KEWENANGAN DAERAH' });
    expect(toc(10780)).toMatchObject({ level: 1, text: 'BAB V PENUTUP' });
    expect(toc(10817)).toMatchObject({ level: 1, text: 'LAMPIRAN I' });
    // Numbered table rows ("4.1 Pendapatan Asli Daerah (PAD) 230,858,…") are not headings.
    expect(m.toc.some((t) => (t.line >= 1133 && t.line <= 1181) || (t.line >= 1336 && t.line <= 1811))).toBe(false);

    const laws = m.blocks.find((b) => b.type === 'list' && b.lines[0] === 95);
    expect(laws?.type).toBe('list');
    if (laws?.type !== 'list') return;
    expect(laws.ordered).toBe(true);
    expect(laws.items).toHaveLength(15);
    expect(laws.items[0]).toMatchObject({
      marker: '1.',
      depth: 0,
      text: 'Undang-Undang Darurat Nomor 9 Tahun 1956 tentang Pembentukan Daerah Otonom Kota-kota Kecil dalam Lingkungan Daerah Propinsi Sumatera Utara;',
      lines: [95, 97],
    });
  });

  it('resumes a table cut by a chart and keeps chart values out of it', () => {
    const m = model('lkpj-2023');
    const parts = m.blocks.filter((b) => b.type === 'table-text' && b.captionId === 'tabel-i-5');
    expect(parts.map((b) => b.lines)).toEqual([
      [913, 938],
      [947, 959],
    ]);
    expect(parts[1]).toMatchObject({ continuation: true, source: 'Sumber : Kota Binjai Dalam Angka Tahun 2024, BPS' });
    const chart = m.blocks.filter((b) => b.type === 'figure-text' && b.captionId === 'gambar-i-7');
    expect(chart.flatMap((b) => (b.type === 'figure-text' ? b.rows : []))).toEqual(['50.00%', '50.00%', 'Laki-laki Perempuan']);
    expect(m.captions.find((c) => c.anchor === 'tabel-i-5')?.extent).toEqual([909, 959]);
  });

  it('keeps appendix tables (LAMPIRAN) as table text under their heading', () => {
    const m = model('lkpj-2023');
    const heading = m.blocks.find((b) => b.type === 'heading' && b.text === 'LAMPIRAN I');
    expect(heading).toBeDefined();
    const appendix = m.blocks.filter((b) => b.type === 'table-text' && b.sectionId === heading?.id);
    expect(appendix.length).toBeGreaterThan(10);
    expect(appendix[0]?.lines[0]).toBe(10819);
    expect(m.blocks.filter((b) => b.lines[0] > 10817 && b.type === 'paragraph')).toEqual([]);
  });

  it('links provenance line ranges to the right block', () => {
    const m = model('lkpj-2023');
    expect(findBlockForLines(m, [793, 815])).toMatchObject({ type: 'caption', id: 'tabel-i-3' });
    expect(findBlockForLines(m, [806, 806])).toMatchObject({ type: 'caption', id: 'tabel-i-3' });
    expect(findBlockForLines(m, [950, 955])).toMatchObject({ type: 'caption', id: 'tabel-i-5' });
    expect(findBlockForLines(m, [771, 779])).toMatchObject({ type: 'caption', id: 'gambar-i-6' });
    expect(findBlockForLines(m, [787, 791])).toMatchObject({ type: 'paragraph', lines: [787, 791] });
    // A blank line between blocks resolves to the nearest block before it.
    expect(findBlockForLines(m, [792, 792])).toMatchObject({ type: 'paragraph', lines: [787, 791] });
    expect(findCaptionForLines(m, [797, 816])?.label).toBe('Tabel I.3');
    expect(findCaptionForLines(m, [787, 791])).toBeUndefined();
  });
});

describe('renja-bkpsdm-2025', () => {
  it('finds both tables with their tab-separated rows', () => {
    const m = model('renja-bkpsdm-2025');
    expect(m.captions.map((c) => [c.label, c.anchor, c.line])).toEqual([
      ['Tabel 2.1', 'tabel-2-1', 178],
      ['Tabel 2.2', 'tabel-2-2', 398],
    ]);
    expect(m.captions[0]?.title).toBe(
      'Rekapitulasi Evaluasi Hasil Pelaksanaan Renja BKPSDM Kota Binjai dan Pencapaian Renstra BKPSDM Kota Binjai s/d Tahun 2023 Kota Binjai',
    );
    const t = m.blocks.find((b) => b.type === 'table-text' && b.captionId === 'tabel-2-1');
    expect(t?.type === 'table-text' ? t.rows.length : 0).toBeGreaterThan(90);
    expect(m.diagnostics.furnitureLines).toEqual([]);
  });
});

describe('lkjip-disnaker-2021', () => {
  it('finds 11 tables and 3 charts (Grafik), including bold and two-line captions', () => {
    const m = model('lkjip-disnaker-2021');
    expect(m.captions.map((c) => c.label)).toEqual([
      'Tabel 1.1',
      'Grafik 1.1',
      'Tabel 1.2',
      'Grafik 1.2',
      'Tabel 1.3',
      'Grafik 1.3',
      'Tabel 2.1',
      'Tabel 3.1',
      'Tabel 3.2',
      'Tabel 3.3',
      'Tabel 3.4',
      'Tabel 3.5',
      'Tabel 3.6',
      'Tabel 3.7',
    ]);
    expect(m.captions.filter((c) => c.kind === 'gambar').map((c) => c.anchor)).toEqual(['grafik-1-1', 'grafik-1-2', 'grafik-1-3']);
    expect(m.captions.find((c) => c.anchor === 'tabel-1-3')).toMatchObject({ line: 276, lines: [276, 277] });
    expect(m.captions.find((c) => c.anchor === 'tabel-3-2')).toMatchObject({
      lines: [691, 692],
      title: 'Pengukuran Capaian Kinerja Tahun 2021 Sasaran 1',
    });
  });

  it('titles tables printed without a caption from the line above them', () => {
    const m = model('lkjip-disnaker-2021');
    const umk = m.blocks.find((b) => b.type === 'table-text' && b.lines[0] === 356);
    expect(umk).toMatchObject({ title: 'Perkembangan Upah Minimum Kota Binjai' });
    expect(umk?.type === 'table-text' ? umk.captionId : 'x').toBeUndefined();
  });
});

describe('lkj-diskominfo-2024', () => {
  it('finds 26 tables and 2 charts with irregular label spelling', () => {
    const m = model('lkj-diskominfo-2024');
    expect(m.captions.filter((c) => c.kind === 'tabel')).toHaveLength(26);
    expect(m.captions.filter((c) => c.kind === 'gambar').map((c) => [c.label, c.anchor])).toEqual([
      ['GAMBAR 1.1', 'gambar-1-1'],
      ['Gambar 1', 'gambar-1'],
    ]);
    const byLine = (line: number) => m.captions.find((c) => c.line === line);
    expect(byLine(457)).toMatchObject({ label: 'Tabel . 3.3', anchor: 'tabel-3-3', title: 'ASPEK PENILAIAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK (SPBE)' });
    expect(byLine(496)).toMatchObject({ label: 'TABEL. 3.5', anchor: 'tabel-3-5' });
    expect(byLine(634)).toMatchObject({ label: 'TABEL 3. 8', anchor: 'tabel-3-8', title: 'DATA WEBSITE YANG DIBANGUN TENAGA PROGRAMMER TAHUN 2024' });
    expect(byLine(810)).toMatchObject({ label: 'TABEL 3. 13', anchor: 'tabel-3-13' });
    expect(byLine(832)).toMatchObject({ label: 'TABEL 3.14', anchor: 'tabel-3-14' });
    expect(byLine(529)?.title).toBe('Tenaga Programmer Dinas Komunikasi Informatika Kota Binjai Tahun 2024');
    // "(tabel 3.17)" and "Berdasarkan tabel 1.1" inside sentences are references.
    expect(m.captions.filter((c) => c.normalizedLabel === 'Tabel 3.17').map((c) => c.line)).toEqual([979]);
    expect(m.captions.filter((c) => c.normalizedLabel === 'Tabel 1.1').map((c) => c.line)).toEqual([62]);
  });

  it('attaches a wrapped "Sumber" line to its table', () => {
    const m = model('lkj-diskominfo-2024');
    const t = m.blocks.find((b) => b.type === 'table-text' && b.captionId === 'tabel-3-7');
    expect(t).toMatchObject({
      lines: [571, 624],
      source: 'Sumber : Bidang Aplikasi dan Informatika Dinas Komunikasi dan Informatika Kota Binjai',
    });
  });
});

describe('synthetic documents', () => {
  it('suffixes repeated labels and reports them', () => {
    const text = ['Tabel 1.1 Jumlah A', '', 'No\tA', '1\t2', '', 'Teks.', '', 'Tabel 1.1 Jumlah B', '', 'No\tB', '1\t3', ''].join('\n');
    const m = parseDocument(text);
    expect(m.captions.map((c) => c.anchor)).toEqual(['tabel-1-1', 'tabel-1-1-2']);
    expect(m.diagnostics.duplicateLabels).toEqual([{ label: 'Tabel 1.1', anchor: 'tabel-1-1-2', line: 8, firstLine: 1 }]);
  });

  it('detects a running header by repetition and joins the sentence it interrupts', () => {
    const page = (n: number, body: string[]): string[] => [...body, '', ' Laporan Tahunan Dinas Contoh ', '', `Halaman ${n} `, ''];
    const lines = [
      ...page(1, ['Kalimat pertama yang cukup panjang untuk dianggap sebagai baris teks yang dibungkus oleh ', '', 'penata letak dan terus berlanjut ke halaman berikutnya tanpa tanda ']),
      ...page(2, ['baca apa pun sampai di sini. ', '', 'Paragraf kedua dimulai dengan huruf besar dan berakhir dengan titik. ']),
      ...page(3, ['Paragraf ketiga. ']),
      ...page(4, ['Paragraf keempat. ']),
    ];
    const m = parseDocument(lines.join('\n'));
    const furnitureText = m.diagnostics.furnitureLines.map((n) => lines[n - 1]?.trim());
    expect(furnitureText.filter((t) => t?.startsWith('Laporan Tahunan'))).toHaveLength(4);
    expect(furnitureText.filter((t) => t?.startsWith('Halaman'))).toHaveLength(4);
    const paras = m.blocks.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.text : ''));
    expect(paras[0]).toBe(
      'Kalimat pertama yang cukup panjang untuk dianggap sebagai baris teks yang dibungkus oleh penata letak dan terus berlanjut ke halaman berikutnya tanpa tanda baca apa pun sampai di sini.',
    );
    expect(paras).toHaveLength(4);
  });

  it('does not treat text repeated without page numbers as furniture', () => {
    const block = ['PERJANJIAN KINERJA TAHUN 2021', '', 'Isi perjanjian.', ''];
    const m = parseDocument([...block, ...block, ...block, ...block].join('\n'));
    expect(m.diagnostics.furnitureLines).toEqual([]);
  });

  it('accepts extra furniture patterns', () => {
    const m = parseDocument(['Teks satu.', '', 'RAHASIA', '', 'Teks dua.'].join('\n'), { extraFurniture: [/^RAHASIA$/] });
    expect(m.diagnostics.furnitureLines).toEqual([3]);
  });
});
