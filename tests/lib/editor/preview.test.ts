import { expect, test } from 'vitest';
import { datasetPreviewHtml, dipPreviewHtml, pagePreviewHtml } from '../../../src/lib/editor/preview.ts';

test('previews escape every value and render Markdown through the sanitiser', () => {
  const dip = dipPreviewHtml({ judul: '<img src=x onerror=alert(1)>', kategori: 'berkala', tautan: [{ judul: 'x', url: 'javascript:alert(1)" onclick="x' }] });
  expect(dip).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(dip).not.toContain('<img');
  expect(dip).toContain('href="javascript:alert(1)&quot; onclick=&quot;x"');
  expect(datasetPreviewHtml({ title: '"><script>', fields: [{ name: 'a', title: '<b>' }] })).not.toContain('<script>');
  expect(pagePreviewHtml({ judul: 'Profil', body: '**tebal** <script>x()</script>' })).toBe('<div class="wrap"><section class="ppid-prose"><h2>Profil</h2><p><strong>tebal</strong> </p></section></div>');
});
