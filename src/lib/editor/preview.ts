/**
 * Previews in the browser editor, drawn with the portal's own CSS classes (the editor loads the
 * portal stylesheets into its preview pane): a DIP entry as its row in /ppid/dip/, a dataset as the
 * head of its page, a PPID page as rendered by the sanitising Markdown renderer. Every value is
 * escaped; Markdown goes through renderMarkdown only.
 */
import { escapeXml as esc } from '../core/escape.ts';
import { renderMarkdown } from '../core/markdown.ts';
import { JENIS_MEDIA_LABEL, KATEGORI_LABEL, type DipKategori } from '../ppid/schema.ts';

type Data = Record<string, unknown>;

const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function dipPreviewHtml(d: Data): string {
  const kategori = text(d['kategori']) as DipKategori;
  const links = [
    ...list(d['tautan']).map((t) => `<li><a href="${esc(text((t as Data)['url']))}">${esc(text((t as Data)['judul']))}</a></li>`),
    ...list(d['lampiran']).map(
      (l) => `<li><a href="${esc(text((l as Data)['berkas']))}">${esc(text((l as Data)['judul']))}</a> <span class="dip-file">ukuran dan SHA-256 dicantumkan saat terbit</span></li>`,
    ),
  ];
  const media = list(d['jenis_media']).map((m) => JENIS_MEDIA_LABEL[m as keyof typeof JENIS_MEDIA_LABEL] ?? text(m));
  return `<div class="wrap"><p class="dip-sub">Pratinjau entri DIP — ${esc(KATEGORI_LABEL[kategori] ?? kategori)}</p>
<div class="table-scroll dip-table" tabindex="0" role="region" aria-label="Pratinjau baris DIP"><table><caption>${esc(text(d['subkategori']))}</caption>
<thead><tr><th scope="col">Informasi</th><th scope="col">Pejabat penguasa dan penanggung jawab</th><th scope="col">Waktu dan tempat</th><th scope="col">Bentuk dan media</th><th scope="col">Retensi</th><th scope="col">Tautan</th></tr></thead>
<tbody><tr><th scope="row"><span class="dip-title">${esc(text(d['judul']))}</span><span class="dip-summary">${esc(text(d['ringkasan']))}</span>
${kategori === 'dikecualikan' ? `<dl class="dip-exception"><dt>Dasar hukum pengecualian</dt><dd>${esc(text(d['dasar_hukum_pengecualian']))}</dd><dt>Ringkasan uji konsekuensi</dt><dd>${esc(text(d['uji_konsekuensi']))}</dd></dl>` : ''}
<span class="dip-dates">Ditetapkan ${esc(text(d['tanggal_penetapan']))} · diperbarui ${esc(text(d['tanggal_pembaruan']))}</span></th>
<td>${esc(text(d['pejabat_penguasa']))}<br>${esc(text(d['penanggung_jawab']))}</td>
<td>${esc(text(d['waktu_pembuatan']))}, ${esc(text(d['tempat_pembuatan']))}</td>
<td>${esc(list(d['bentuk_informasi']).map(text).join(', '))}; ${esc(media.join(', '))}</td>
<td>${esc(text(d['retensi']))}</td>
<td>${links.length > 0 ? `<ul class="dip-links">${links.join('')}</ul>` : 'Tidak diumumkan'}</td></tr></tbody></table></div></div>`;
}

export function datasetPreviewHtml(d: Data): string {
  const source = (d['source'] ?? {}) as Data;
  const fields = list(d['fields']).map((f) => f as Data);
  return `<div class="wrap"><p class="dip-sub">Pratinjau halaman dataset /data/${esc(text(d['slug']))}/</p>
<h1>${esc(text(d['title']))}</h1><p class="lead">${esc(text(d['description']))}</p>
<p class="meta-line">Sumber: ${esc(text(source['document']))}, ${esc(text(source['table']))}</p>
<h2>Kamus data</h2><div class="table-scroll" tabindex="0" role="region" aria-label="Pratinjau kamus data"><table><thead><tr><th scope="col">Kolom</th><th scope="col">Judul</th><th scope="col">Jenis</th><th scope="col">Penjelasan</th></tr></thead><tbody>
${fields.map((f) => `<tr><th scope="row"><code>${esc(text(f['name']))}</code></th><td>${esc(text(f['title']))}</td><td>${esc(text(f['type']))}${f['unit'] ? ` (${esc(text(f['unit']))})` : ''}</td><td>${esc(text(f['description']))}</td></tr>`).join('')}
</tbody></table></div></div>`;
}

export function pagePreviewHtml(d: Data): string {
  return `<div class="wrap"><section class="ppid-prose"><h2>${esc(text(d['judul']))}</h2>${renderMarkdown(text(d['body']))}</section></div>`;
}
