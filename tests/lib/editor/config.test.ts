import { expect, test } from 'vitest';
import { editorConfig } from '../../../src/lib/editor/config.ts';

const config = editorConfig({
  backend: { name: 'gitea', repo: 'pemkot/portal', branch: 'main', base_url: 'https://git.binjaikota.go.id' },
  siteUrl: 'https://data.binjaikota.go.id',
  editorialWorkflow: false,
  agencies: [
    { slug: 'diskominfo', name: 'Dinas Komunikasi dan Informatika Kota Binjai' },
    { slug: 'bkpsdm', name: 'BKPSDM Kota Binjai' },
  ],
  documents: [{ id: 'lkpj-2023', short_title: 'LKPJ Wali Kota Binjai 2023' }],
});

test('every kind of content officers write has a collection, in Indonesian', () => {
  expect(config.locale).toBe('id');
  expect(config.collections.map((c) => [c.name, c.label])).toEqual([
    ['dip', 'Daftar Informasi Publik'],
    ['ppid', 'Halaman PPID'],
    ['laporan', 'Laporan layanan informasi'],
    ['instansi', 'Instansi'],
    ['dataset', 'Dataset'],
  ]);
  const ppid = config.collections.find((c) => c.name === 'ppid')!;
  expect(ppid.files?.map((f) => f.file)).toEqual(['content/ppid/profil.md', 'content/ppid/standar-layanan.md', 'content/ppid/maklumat.md']);
});

test('choices come from the data: agencies for instansi and publisher, documents for a dataset source', () => {
  const dip = config.collections.find((c) => c.name === 'dip')!;
  expect(dip.fields?.find((f) => f.name === 'instansi')).toMatchObject({
    widget: 'select',
    options: [
      { label: 'Dinas Komunikasi dan Informatika Kota Binjai', value: 'diskominfo' },
      { label: 'BKPSDM Kota Binjai', value: 'bkpsdm' },
    ],
  });
  const dataset = config.collections.find((c) => c.name === 'dataset')!;
  expect(dataset.fields?.find((f) => f.name === 'source')?.fields?.find((f) => f.name === 'document')?.options).toEqual([{ label: 'LKPJ Wali Kota Binjai 2023', value: 'lkpj-2023' }]);
});

test('uploads: documents to public/berkas with a size limit stated, tables to data/raw/unggahan', () => {
  const dip = config.collections.find((c) => c.name === 'dip')!;
  const berkas = dip.fields?.find((f) => f.name === 'lampiran')?.fields?.find((f) => f.name === 'berkas');
  expect(berkas).toMatchObject({ widget: 'file', media_folder: '/public/berkas', public_folder: '/berkas', media_library: { config: { max_file_size: 20 * 1024 * 1024 } } });
  expect(berkas?.hint).toContain('paling besar 20 MB');
  const raw = config.collections.find((c) => c.name === 'dataset')!.fields?.find((f) => f.name === 'raw');
  expect(raw).toMatchObject({ widget: 'file', media_folder: '/data/raw/unggahan' });
});

test('the backend is the deployment\'s; review through merge requests is a switch', () => {
  expect(config.backend).toMatchObject({ name: 'gitea', repo: 'pemkot/portal', branch: 'main', base_url: 'https://git.binjaikota.go.id', squash_merges: true });
  expect(config.local_backend).toBe(true);
  expect(config.publish_mode).toBeUndefined();
  expect(editorConfig({ ...{ backend: config.backend, siteUrl: '', agencies: [], documents: [] }, editorialWorkflow: true }).publish_mode).toBe('editorial_workflow');
});

test('every field an officer sees has an Indonesian label from its schema, not its key', () => {
  type F = { name: string; label: string; widget: string; fields?: F[]; field?: F; types?: Array<{ name: string; fields: F[] }> };
  const unlabelled: string[] = [];
  const walk = (fields: F[] | undefined, at: string): void => {
    for (const f of fields ?? []) {
      if (f.widget !== 'hidden' && f.label === f.name) unlabelled.push(`${at}${f.name}`);
      walk(f.fields, `${at}${f.name}.`);
      if (f.field) walk([f.field], `${at}${f.name}.`);
      for (const t of f.types ?? []) walk(t.fields, `${at}${f.name}[${t.name}].`);
    }
  };
  for (const c of config.collections) {
    walk(c.fields as F[] | undefined, `${c.name}: `);
    for (const file of c.files ?? []) walk(file.fields as F[] | undefined, `${c.name}/${file.name}: `);
  }
  expect(unlabelled).toEqual([]);
});
