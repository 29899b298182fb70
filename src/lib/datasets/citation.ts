import { SITE } from '../../config.ts';
import { datasetUrl, versionUrl } from './urls.ts';
import type { BuiltDataset } from './schema.ts';
import { CslItemSchema, type CslItem } from './citation-schema.ts';

/**
 * Every citation of a dataset, in one place. CSL-JSON is the typed source of truth
 * (validated); APA text, BibTeX and RIS are rendered from it with each
 * format's own escaping, so untrusted titles cannot break the syntax.
 */

export interface CitationFile {
  ext: 'bib' | 'ris' | 'csl.json';
  label: string;
  media_type: string;
}

export const CITATION_FILES: readonly CitationFile[] = [
  { ext: 'bib', label: 'BibTeX', media_type: 'application/x-bibtex; charset=utf-8' },
  { ext: 'ris', label: 'RIS (Zotero, Mendeley, EndNote)', media_type: 'application/x-research-info-systems; charset=utf-8' },
  { ext: 'csl.json', label: 'CSL-JSON', media_type: 'application/vnd.citationstyles.csl+json' },
];

export function citationFileUrl(slug: string, ext: CitationFile['ext']): string {
  return `${datasetUrl(slug)}${slug}.${ext}`;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The version a citation names: the frozen version equal to the dataset's content, when there is
 * one (its permanent URL and release date); otherwise the living page.
 */
function citedVersion(d: BuiltDataset): { id: string; released: string } | undefined {
  const v = d.version === undefined ? undefined : d.versions?.find((x) => x.id === d.version);
  return v ? { id: v.id, released: v.released } : undefined;
}

export function cslItem(d: BuiltDataset): CslItem {
  const version = citedVersion(d);
  const [y, m, day] = (version?.released ?? d.modified).slice(0, 10).split('-').map(Number) as [number, number, number];
  return CslItemSchema.parse({
    id: d.slug,
    type: 'dataset',
    title: oneLine(d.title),
    author: [{ literal: oneLine(d.publisher_name) }],
    issued: { 'date-parts': [[y, m, day]] },
    publisher: SITE.name,
    'container-title': SITE.name,
    URL: `${SITE.url}${version ? versionUrl(d.slug, version.id) : datasetUrl(d.slug)}`,
    ...(version ? { version: version.id } : {}),
    language: 'id',
    genre: 'Set data',
    note: oneLine(`${version ? `Diakses dari versi ${version.id}. ` : ''}Diolah dari ${d.source.document_title}, ${d.source.table}. Lisensi ${d.license}.`),
    ...(d.keywords.length > 0 ? { keyword: d.keywords.map(oneLine).join(', ') } : {}),
    license: SITE.license.url,
  });
}

export interface ApaParts {
  author: string;
  year: number;
  title: string;
  /** "Versi 2026-12-08-1a2b3c4d", when a frozen version is cited. */
  version?: string;
  genre: string;
  publisher: string;
  url: string;
}

/** APA 7 reference for a data set: Author. (Year). Title [Set data]. Publisher. URL */
export function apaParts(d: BuiltDataset): ApaParts {
  const c = cslItem(d);
  return {
    author: c.author[0]!.literal,
    year: c.issued['date-parts'][0][0],
    title: c.title,
    ...(c.version ? { version: `Versi ${c.version}` } : {}),
    genre: c.genre,
    publisher: c.publisher,
    url: c.URL,
  };
}

export function apaCitation(d: BuiltDataset): string {
  const p = apaParts(d);
  const author = /[.!?]$/.test(p.author) ? p.author : `${p.author}.`;
  return `${author} (${p.year}). ${p.title}${p.version ? ` (${p.version})` : ''} [${p.genre}]. ${p.publisher}. ${p.url}`;
}

/** BibTeX special characters; braces keep the capitalisation of titles and corporate authors. */
export function escapeBibtex(s: string): string {
  return oneLine(s).replace(/[\\{}&%$#_^~]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\textbackslash{}';
      case '^':
        return '\\textasciicircum{}';
      case '~':
        return '\\textasciitilde{}';
      default:
        return `\\${ch}`;
    }
  });
}

export function bibtex(d: BuiltDataset): string {
  const c = cslItem(d);
  const fields: Array<[string, string]> = [
    ['author', `{${escapeBibtex(c.author[0]!.literal)}}`],
    ['title', `{${escapeBibtex(c.title)}}`],
    ['year', String(c.issued['date-parts'][0][0])],
    ['publisher', escapeBibtex(c.publisher)],
    ['howpublished', `\\url{${c.URL}}`],
    ...(c.version ? ([['version', escapeBibtex(c.version)]] as Array<[string, string]>) : []),
    ['url', c.URL],
    ['note', `${escapeBibtex(c.genre)}. ${escapeBibtex(c.note)}`],
    ['language', 'indonesian'],
  ];
  if (c.keyword) fields.push(['keywords', escapeBibtex(c.keyword)]);
  const key = c.id.replace(/[^a-z0-9-]/g, '');
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** RIS tags, one per line (CRLF); values are made single-line so no text can start a new tag. */
export function ris(d: BuiltDataset): string {
  const c = cslItem(d);
  const [y, m, day] = c.issued['date-parts'][0];
  const lines: Array<[string, string]> = [
    ['TY', 'DATA'],
    ['AU', c.author[0]!.literal],
    ['TI', c.title],
    ['PY', String(y)],
    ['DA', `${y}/${String(m).padStart(2, '0')}/${String(day).padStart(2, '0')}`],
    ['PB', c.publisher],
    ...(c.version ? ([['ET', `Versi ${c.version}`]] as Array<[string, string]>) : []),
    ['UR', c.URL],
    ['LA', 'id'],
    ['N1', `${c.genre}. ${c.note}`],
    ...d.keywords.map((k): [string, string] => ['KW', k]),
    ['ER', ''],
  ];
  return `${lines.map(([tag, v]) => `${tag}  - ${oneLine(v)}`).join('\r\n')}\r\n`;
}

export function cslJson(d: BuiltDataset): string {
  return `${JSON.stringify([cslItem(d)], null, 2)}\n`;
}

export function citationFile(d: BuiltDataset, ext: CitationFile['ext']): string {
  if (ext === 'bib') return bibtex(d);
  if (ext === 'ris') return ris(d);
  return cslJson(d);
}

/** A plain-text citation in the portal's recommended form (publisher, year, title, source, URL). */
export function citation(d: BuiltDataset): string {
  const version = citedVersion(d);
  const year = (version?.released ?? d.modified).slice(0, 4);
  const url = `${SITE.url}${version ? versionUrl(d.slug, version.id) : datasetUrl(d.slug)}`;
  return `${d.publisher_name} (${year}). ${d.title}${version ? `, versi ${version.id}` : ''}. Diolah dari ${d.source.document_title}, ${d.source.table}. ${SITE.name}. ${url} (${version ? `diakses dari versi ${version.id}; ` : ''}lisensi ${d.license}).`;
}
