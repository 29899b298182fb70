/** Addresses of a dataset's page, downloads and API record: stable contracts, never renamed. */
export function datasetUrl(slug: string): string {
  return `/data/${slug}/`;
}

export function fileUrl(slug: string, ext: 'csv' | 'json' | 'xlsx'): string {
  return `/data/${slug}/${slug}.${ext}`;
}

export function apiUrl(slug: string): string {
  return `/api/v1/datasets/${slug}.json`;
}

/** The permanent address of a frozen version of a dataset. */
export function versionUrl(slug: string, id: string): string {
  return `/data/${slug}/versi/${id}/`;
}
