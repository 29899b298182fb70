import type { BuiltDataset } from './schemas/dataset.ts';
import { SITE } from '../config.ts';
import { datasetUrl } from './distributions.ts';

/** A plain-text citation in the portal's recommended form (publisher, year, title, source, URL). */
export function citation(d: BuiltDataset): string {
  const year = d.modified.slice(0, 4);
  return `${d.publisher_name} (${year}). ${d.title}. Diolah dari ${d.source.document_title}, ${d.source.table}. ${SITE.name}. ${SITE.url}${datasetUrl(d.slug)} (lisensi ${d.license}).`;
}
