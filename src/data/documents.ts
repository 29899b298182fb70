import { getCollection, getEntry } from 'astro:content';
import type { CoverageEntry } from '../lib/documents/coverage-schema.ts';
import type { BuiltDataset } from '../lib/datasets/schema.ts';
import type { DocumentMeta } from '../lib/documents/schema.ts';
import { parseDocument } from '../lib/documents/parse-document.ts';
import { DocumentView, inlineAnchors, lineAnchorsByBlock, linksByAnchor, referencedLines, type AnchorLinks } from '../lib/documents/view.ts';
import { citedLines } from '../lib/budget/view.ts';
import { getAgencies, getBudget, getDatasets, getDocuments } from './catalog.ts';

/**
 * Typed access to the source texts and the coverage register for pages,
 * components and endpoints. Parsing a document is pure but not cheap (the LKPJ
 * has ~29 000 lines), so each model is parsed once per build process.
 */
const views = new Map<string, Promise<DocumentView>>();

export async function getSourceText(documentId: string): Promise<string> {
  const entry = await getEntry('sources', documentId);
  if (!entry) throw new Error(`Teks sumber dokumen "${documentId}" tidak ada: periksa data/documents.yml (isian file).`);
  return entry.data.text;
}

export function getDocumentView(documentId: string): Promise<DocumentView> {
  let view = views.get(documentId);
  if (!view) {
    view = getSourceText(documentId).then((text) => new DocumentView(documentId, parseDocument(text)));
    views.set(documentId, view);
  }
  return view;
}

/** Coverage entries in document order (document id, then first line, then label). */
export async function getCoverage(): Promise<CoverageEntry[]> {
  return (await getCollection('coverage'))
    .map(({ data: { id: _id, ...entry } }) => entry)
    .sort((a, b) => a.document.localeCompare(b.document) || a.lines[0] - b.lines[0] || a.label.localeCompare(b.label));
}

export interface DocumentPageData {
  meta: DocumentMeta;
  publisherName: string;
  view: DocumentView;
  text: string;
  /** Datasets whose source is this document, sorted by slug. */
  datasets: BuiltDataset[];
  coverage: CoverageEntry[];
  links: Map<string, AnchorLinks>;
  /** Line anchors ("L<n>") to print before each block, by block id. */
  lineAnchors: Map<string, number[]>;
  /** Cited lines printed with their own id inside <pre> blocks. */
  inlineAnchors: Set<number>;
}

const pages = new Map<string, Promise<DocumentPageData>>();

async function loadPageData(meta: DocumentMeta): Promise<DocumentPageData> {
  const [view, text, allDatasets, allCoverage, agencies, budget] = await Promise.all([
    getDocumentView(meta.id),
    getSourceText(meta.id),
    getDatasets(),
    getCoverage(),
    getAgencies(),
    getBudget(),
  ]);
  const datasets = allDatasets.filter((d) => d.source.document === meta.id);
  const coverage = allCoverage.filter((c) => c.document === meta.id);
  // Budget explorer rows link to their exact source line (getLineHref): give those lines an anchor too.
  const referenced = [...referencedLines(view, datasets, coverage), ...(budget.source.document === meta.id ? citedLines(budget) : [])];
  return {
    meta,
    publisherName: agencies.find((a) => a.slug === meta.publisher)?.name ?? meta.publisher,
    view,
    text,
    datasets,
    coverage,
    links: linksByAnchor(view, datasets, coverage),
    lineAnchors: lineAnchorsByBlock(view.model.blocks, referenced),
    inlineAnchors: inlineAnchors(view.model.blocks, referenced),
  };
}

/** Everything the /dokumen/ pages and the documents API need for one document (computed once per build). */
export function getDocumentPageData(meta: DocumentMeta): Promise<DocumentPageData> {
  let data = pages.get(meta.id);
  if (!data) {
    data = loadPageData(meta);
    pages.set(meta.id, data);
  }
  return data;
}

/** Resolves any source line of a document to a link that lands on the line itself, or on its block (part page + line anchor). */
export async function getLineHref(documentId: string): Promise<(line: number) => string> {
  const meta = (await getDocuments()).find((d) => d.id === documentId);
  if (!meta) throw new Error(`Dokumen "${documentId}" tidak ada di data/documents.yml.`);
  const { view, inlineAnchors: anchored } = await getDocumentPageData(meta);
  return (line) => view.exactLineTarget(line, anchored).href;
}
