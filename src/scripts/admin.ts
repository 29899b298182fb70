/**
 * The browser editor (/admin/): Decap CMS (loaded before this module from /admin/decap/) in
 * Bahasa Indonesia, with the portal's file formats, previews in the portal's own look, and the
 * check that refuses to save what `npm run periksa` would refuse, with the same message.
 * Runs before DOMContentLoaded, when Decap initialises itself from /admin/config.yml.
 */
import { formatProblem, hasErrors } from '../lib/core/problems.ts';
import { slugify } from '../lib/core/slug.ts';
import { FORMAT } from '../lib/editor/config.ts';
import { laporanFromFile, laporanToFile, yamlListFromFile, yamlListToFile } from '../lib/editor/formats.ts';
import { ID_PHRASES } from '../lib/editor/locale-id.ts';
import { datasetPreviewHtml, dipPreviewHtml, pagePreviewHtml } from '../lib/editor/preview.ts';
import { validateEntry } from '../lib/editor/validate.ts';
import type { Area } from '../lib/kecamatan/wilayah.ts';

interface ImmutableLike {
  get(key: string): unknown;
  toJS(): unknown;
}
type Handler = (args: { entry: ImmutableLike }) => unknown;
interface DecapCms {
  registerLocale(name: string, phrases: unknown): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: unknown): string }): void;
  registerEventListener(listener: { name: 'preSave'; handler: Handler }): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerPreviewStyle(url: string): void;
}
declare global {
  interface Window {
    CMS?: DecapCms;
    h?: (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
    createClass?: (spec: { render(this: { props: { entry: ImmutableLike } }): unknown }) => unknown;
  }
}

const cms = window.CMS;
if (!cms) throw new Error('Decap CMS tidak termuat (/admin/decap/decap-cms.js).');

cms.registerLocale('id', ID_PHRASES);
cms.registerCustomFormat(FORMAT.laporan, 'csv', {
  fromFile: laporanFromFile,
  toFile: (data) => laporanToFile(data as Parameters<typeof laporanToFile>[0]),
});
cms.registerCustomFormat(FORMAT.agencies, 'yml', {
  fromFile: yamlListFromFile,
  toFile: (data) => yamlListToFile(data as Parameters<typeof yamlListToFile>[0]),
});

// Kecamatan and kelurahan for checking an uploaded table (written by the data build).
let areas: readonly Area[] = [];
void fetch('/admin/wilayah.json')
  .then((r) => (r.ok ? (r.json() as Promise<Area[]>) : []))
  .then((a) => {
    areas = a;
  });

const plain = (v: unknown): Record<string, unknown> => (v && typeof (v as ImmutableLike).toJS === 'function' ? ((v as ImmutableLike).toJS() as Record<string, unknown>) : {});

/** A table uploaded with this entry (Decap keeps new files in the entry until it saves them). */
async function uploadedTable(entry: ImmutableLike, raw: unknown): Promise<{ path: string; text: string } | undefined> {
  if (typeof raw !== 'string' || !raw.endsWith('.csv')) return undefined;
  const files = (entry.get('mediaFiles') as { toJS?: () => Array<{ path?: string; file?: File }> } | undefined)?.toJS?.() ?? [];
  const name = raw.split('/').pop();
  const file = files.find((f) => f.path?.split('/').pop() === name);
  if (!file?.file) return undefined;
  return { path: raw.replace(/^\//, ''), text: await file.file.text() };
}

/** A refusal shown by Decap as "Entri tidak disimpan: <message>" (its toast prints the error as text). */
class Refusal extends Error {
  override toString(): string {
    return this.message;
  }
}

/** Where the editor will write the entry: its path, or for a new entry the slug Decap makes of the named field. */
function entryPath(collection: string, entry: ImmutableLike, data: Record<string, unknown>): string {
  const existing = String(entry.get('path') ?? '');
  if (existing) return existing;
  const slug = String(entry.get('slug') ?? '') || slugify(String(collection === 'dataset' ? (data['slug'] ?? '') : (data['judul'] ?? '')));
  return collection === 'dataset' ? `data/datasets/${slug}.yml` : `content/${collection}/${slug}.yml`;
}

cms.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const collection = String(entry.get('collection'));
    const data = plain(entry.get('data'));
    const table = collection === 'dataset' ? await uploadedTable(entry, data['raw']) : undefined;
    const problems = validateEntry({ collection, path: entryPath(collection, entry, data), data, ...(table ? { uploadedTable: table } : {}) }, areas);
    if (hasErrors(problems)) throw new Refusal(`perbaiki dulu, lalu simpan lagi.\n\n${problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n\n')}`);
    return entry.get('data');
  },
});

// Decap's preview pane is an unnamed iframe: name it, for screen readers (axe: frame-title); the
// canvas a library adds to <body> to measure text is not content.
new MutationObserver(() => {
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe#preview-pane:not([title])')) frame.title = 'Pratinjau entri seperti di situs';
  for (const canvas of document.querySelectorAll('body > canvas:not([aria-hidden])')) canvas.setAttribute('aria-hidden', 'true');
}).observe(document.body, { childList: true, subtree: true });

// Previews drawn with the portal's stylesheets (their built URLs are listed by the admin page).
const h = window.h;
const createClass = window.createClass;
if (h && createClass) {
  for (const url of (document.querySelector('meta[name="portal-preview-styles"]')?.getAttribute('content') ?? '').split(' ').filter(Boolean)) cms.registerPreviewStyle(url);
  const preview = (render: (data: Record<string, unknown>) => string) =>
    createClass({
      render() {
        return h('div', { dangerouslySetInnerHTML: { __html: render(plain(this.props.entry.get('data'))) } });
      },
    });
  cms.registerPreviewTemplate('dip', preview(dipPreviewHtml));
  cms.registerPreviewTemplate('dataset', preview(datasetPreviewHtml));
  for (const page of ['profil', 'standar-layanan', 'maklumat']) cms.registerPreviewTemplate(page, preview(pagePreviewHtml));
}
