import { describe, expect, test } from 'vitest';
import { markdownLinks, markdownProblems, renderMarkdown } from '../../../src/lib/core/markdown.ts';

describe('officers\' Markdown', () => {
  test('ordinary Markdown renders as before: headings with ids, lists, bold, links', () => {
    expect(renderMarkdown('### Tugas PPID\n\n- **DIP** dan [permohonan](/ppid/permohonan/)\n')).toBe(
      '<h3 id="tugas-ppid">Tugas PPID</h3>\n<ul>\n<li><strong>DIP</strong> dan <a href="/ppid/permohonan/">permohonan</a></li>\n</ul>',
    );
  });

  test('a bare www. address becomes an https link (GFM would make it http)', () => {
    expect(renderMarkdown('Situs: www.ppid.binjaikota.go.id')).toContain('<a href="https://www.ppid.binjaikota.go.id">www.ppid.binjaikota.go.id</a>');
  });

  test.each([
    ['<script>alert(1)</script>', '<script'],
    ['<img src="/x.png" onerror="alert(1)">', 'onerror'],
    ['<svg onload="alert(1)"></svg>', 'onload'],
    ['<iframe src="https://evil.example"></iframe>', '<iframe'],
    ['[x](javascript:alert(1))', 'javascript:'],
    ['[x](//evil.example/)', '//evil'],
    ['<a href="/ok/" style="color:red">ok</a>', 'style='],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>">', 'data:'],
  ])('the renderer drops %j', (markdown, banned) => {
    expect(renderMarkdown(markdown)).not.toContain(banned);
  });

  test('what the renderer would drop is named with its line, so the build refuses it', () => {
    const md = 'Halo.\n\n<script>x()</script>\n\n[masuk](//evil.example/)\n\n[kontak](mailto:ppid@binjaikota.go.id)\n';
    expect(markdownProblems(md).map((p) => [p.line, p.message])).toEqual([
      [3, 'HTML <script> tidak diizinkan di halaman ini (dapat menjalankan kode di peramban pembaca)'],
      [5, 'alamat "//evil.example/" diawali dua garis miring: alamat seperti ini membawa pembaca ke situs lain walau tampak seperti alamat portal'],
    ]);
    expect(markdownLinks(md)).toEqual([
      { url: '//evil.example/', line: 5 },
      { url: 'mailto:ppid@binjaikota.go.id', line: 7 },
    ]);
  });
});
