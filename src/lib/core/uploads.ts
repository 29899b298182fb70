/**
 * Files officers upload: documents attached to DIP entries go to public/berkas/ (published at
 * /berkas/<name>, with size and SHA-256), tables of new datasets to data/raw/unggahan/. The limits
 * are stated in the editor and checked by the build (scripts/content/check.ts).
 */
export const UPLOAD = {
  mediaFolder: 'public/berkas',
  publicFolder: '/berkas',
  tableFolder: '/data/raw/unggahan',
  extensions: ['pdf', 'xlsx', 'docx', 'odt', 'ods', 'csv'],
  maxMegabytes: 20,
} as const;

export const MEDIA_TYPES: Record<(typeof UPLOAD.extensions)[number], string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv',
};

/** "/berkas/renstra-2021-2026.pdf": one file directly in the upload folder, with an allowed extension. */
export const UPLOADED_FILE = new RegExp(`^${UPLOAD.publicFolder}/[A-Za-z0-9][A-Za-z0-9._-]*\\.(${UPLOAD.extensions.join('|')})$`);
