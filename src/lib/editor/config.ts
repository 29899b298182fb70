/**
 * The Decap CMS configuration of /admin/ (served as /admin/config.yml), built from the zod
 * schemas and the data: every collection officers edit, with the fields of its schema
 * (fields.ts), choices from the data (agencies, documents, topics), uploads to public/berkas/,
 * and the backend from the deployment settings. Pure.
 */
import { AgencySchema } from '../documents/schema.ts';
import { DatasetMetaSchema } from '../datasets/schema.ts';
import { DipEntrySchema, LaporanRowSchema, PpidPageSchema } from '../ppid/schema.ts';
import { TOPICS } from '../datasets/topics.ts';
import { fieldsOf, type EditorField } from './fields.ts';
import { UPLOAD } from '../core/uploads.ts';

export interface EditorBackend {
  /** Decap backend: github, gitlab or gitea (self-hosted GitLab/Gitea set base_url / api_root). */
  name: 'github' | 'gitlab' | 'gitea';
  repo: string;
  branch: string;
  base_url?: string;
  api_root?: string;
  auth_endpoint?: string;
  app_id?: string;
  auth_type?: 'pkce' | 'implicit';
}

export interface EditorInput {
  backend: EditorBackend;
  siteUrl: string;
  /** Review before publishing (branches and merge requests) instead of committing to main. */
  editorialWorkflow: boolean;
  agencies: ReadonlyArray<{ slug: string; name: string }>;
  documents: ReadonlyArray<{ id: string; short_title: string }>;
}

export interface EditorCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  media_folder?: string;
  public_folder?: string;
  editor?: { preview: boolean };
  files?: Array<{ name: string; label: string; file: string; format?: string; fields: EditorField[] }>;
  fields?: EditorField[];
}

export interface EditorConfig {
  backend: EditorBackend & { squash_merges?: boolean; commit_messages?: Record<string, string> };
  local_backend: boolean;
  locale: 'id';
  site_url: string;
  display_url: string;
  publish_mode?: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: EditorCollection[];
}

/** The custom file formats the editor registers (src/scripts/admin.ts). */
export const FORMAT = { laporan: 'csv-laporan', agencies: 'yaml-daftar' } as const;

const COMMIT_MESSAGES = {
  create: 'Tambah {{collection}} "{{slug}}" lewat editor',
  update: 'Ubah {{collection}} "{{slug}}" lewat editor',
  delete: 'Hapus {{collection}} "{{slug}}" lewat editor',
  uploadMedia: 'Unggah berkas "{{path}}" lewat editor',
  deleteMedia: 'Hapus berkas "{{path}}" lewat editor',
};

export function editorConfig(input: EditorInput): EditorConfig {
  const agencyChoices = input.agencies.map((a) => ({ label: a.name, value: a.slug }));
  const documentChoices = input.documents.map((d) => ({ label: d.short_title, value: d.id }));
  const upload: Partial<EditorField> = {
    widget: 'file',
    // A field's folder is relative to the entry's folder unless it starts with "/" (the repository root).
    media_folder: `/${UPLOAD.mediaFolder}`,
    public_folder: UPLOAD.publicFolder,
    choose_url: false,
    // Decap's media library refuses a larger file with its own message (mediaLibrary.fileTooLarge).
    media_library: { config: { max_file_size: UPLOAD.maxMegabytes * 1024 * 1024 } },
    hint: `PDF, XLSX, DOCX, ODT, ODS atau CSV, paling besar ${UPLOAD.maxMegabytes} MB. Berkas disimpan di ${UPLOAD.publicFolder}/ dan diterbitkan dengan ukuran dan SHA-256-nya.`,
  };
  const collections: EditorCollection[] = [
    {
      name: 'dip',
      label: 'Daftar Informasi Publik',
      label_singular: 'entri DIP',
      description: 'Satu entri per informasi publik (Perki 1/2021). Dataset sudah otomatis menjadi entri DIP; tulis di sini informasi lain: dokumen, laporan, keputusan.',
      folder: 'content/dip',
      extension: 'yml',
      format: 'yml',
      create: true,
      delete: true,
      slug: '{{fields.judul}}',
      identifier_field: 'judul',
      summary: '{{judul}} ({{kategori}})',
      fields: fieldsOf(DipEntrySchema, {
        choices: new Map([['instansi', agencyChoices]]),
        widgets: new Map([['lampiran.berkas', upload]]),
      }),
    },
    {
      name: 'ppid',
      label: 'Halaman PPID',
      description: 'Teks halaman /ppid/: profil, standar layanan, maklumat.',
      create: false,
      delete: false,
      files: (['profil', 'standar-layanan', 'maklumat'] as const).map((id) => ({
        name: id,
        label: { profil: 'Profil PPID', 'standar-layanan': 'Standar layanan', maklumat: 'Maklumat pelayanan' }[id],
        file: `content/ppid/${id}.md`,
        format: 'frontmatter',
        fields: [...fieldsOf(PpidPageSchema), { name: 'body', label: 'Isi halaman', widget: 'markdown', required: true, hint: 'Markdown: **tebal**, _miring_, [teks](/alamat/), daftar dengan "- ". HTML, skrip, dan tautan javascript: tidak diizinkan.' }],
      })),
    },
    {
      name: 'laporan',
      label: 'Laporan layanan informasi',
      description: 'Satu baris per periode dari buku register permohonan. Jangan menulis nama atau identitas pemohon.',
      create: false,
      delete: false,
      files: [
        {
          name: 'laporan-layanan',
          label: 'Laporan layanan informasi publik',
          file: 'content/ppid/laporan-layanan.csv',
          format: FORMAT.laporan,
          fields: [{ name: 'periode', label: 'Periode', widget: 'list', required: false, collapsed: true, summary: '{{fields.periode}}: {{fields.permohonan}} permohonan', fields: fieldsOf(LaporanRowSchema) }],
        },
      ],
    },
    {
      name: 'instansi',
      label: 'Instansi',
      description: 'Perangkat daerah dan lembaga yang menerbitkan data dan informasi (data/agencies.yml).',
      create: false,
      delete: false,
      files: [
        {
          name: 'agencies',
          label: 'Daftar instansi',
          file: 'data/agencies.yml',
          format: FORMAT.agencies,
          fields: [
            { name: 'kepala', label: 'Keterangan di awal berkas', widget: 'hidden', required: false },
            { name: 'instansi', label: 'Instansi', widget: 'list', required: true, collapsed: true, summary: '{{fields.name}} ({{fields.slug}})', fields: fieldsOf(AgencySchema) },
          ],
        },
      ],
    },
    {
      name: 'dataset',
      label: 'Dataset',
      label_singular: 'dataset',
      description: 'Metadata dataset dan tabel CSV-nya (disalin persis seperti tercetak di dokumen sumber).',
      folder: 'data/datasets',
      extension: 'yml',
      format: 'yml',
      create: true,
      delete: false,
      slug: '{{fields.slug}}',
      identifier_field: 'title',
      summary: '{{title}}',
      fields: fieldsOf(DatasetMetaSchema, {
        choices: new Map([
          ['publisher', agencyChoices],
          ['source.document', documentChoices],
          ['topic', TOPICS.map((t) => ({ label: t.title, value: t.id }))],
        ]),
        widgets: new Map([
          [
            'raw',
            {
              widget: 'file',
              media_folder: UPLOAD.tableFolder,
              public_folder: UPLOAD.tableFolder,
              choose_url: false,
              media_library: { config: { max_file_size: UPLOAD.maxMegabytes * 1024 * 1024 } },
              hint: 'Tabel CSV UTF-8, baris pertama nama kolom; angka persis seperti tercetak. Kosongkan bila tabelnya sudah ada di data/raw/<dokumen>/<slug>.csv.',
            },
          ],
        ]),
      }),
    },
  ];
  const config: EditorConfig = {
    backend: { ...input.backend, squash_merges: true, commit_messages: COMMIT_MESSAGES },
    local_backend: true,
    locale: 'id',
    site_url: input.siteUrl,
    display_url: input.siteUrl,
    media_folder: UPLOAD.mediaFolder,
    public_folder: UPLOAD.publicFolder,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
  if (input.editorialWorkflow) config.publish_mode = 'editorial_workflow';
  return config;
}
