/**
 * Markdown written by officers (content/ppid/*.md, and the browser editor's Markdown fields),
 * rendered to HTML that cannot run script on any host, with or without the CSP headers:
 * remark (CommonMark + GFM) → rehype, raw HTML parsed (rehype-raw) and then reduced to an
 * allow-list (rehype-sanitize, GitHub's schema: no <script>, <style>, <iframe>, event handlers or
 * style attributes), every link and image address held to the portal's one URL rule
 * (core/links.ts), then heading ids (rehype-slug). `markdownProblems()` names, with its line,
 * everything the renderer would drop, so `npm run periksa` refuses it instead of publishing less.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { checkUrl, type LinkProblem } from './links.ts';

/**
 * GitHub's allow-list, with ids kept as written (the page owns its anchors) and only the URL
 * schemes the portal allows; anything else is removed by the sanitiser.
 */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: ['https', 'mailto', 'tel'], src: ['https'], cite: ['https'], longDesc: ['https'] },
};

const LINK_ATTRIBUTES = [
  ['a', 'href'],
  ['img', 'src'],
  ['source', 'src'],
  ['blockquote', 'cite'],
  ['q', 'cite'],
  ['del', 'cite'],
  ['ins', 'cite'],
] as const;

/**
 * GFM turns a bare "www.example.go.id" into an http:// link the officer never wrote:
 * make those https. Links the officer did write keep their address (and are checked).
 */
function remarkHttpsAutolinks() {
  return (tree: MdastRoot) => {
    visit(tree, 'link', (node) => {
      const text = node.children.length === 1 && node.children[0]?.type === 'text' ? node.children[0].value : undefined;
      if (text !== undefined && node.url === `http://${text}`) node.url = `https://${text}`;
    });
  };
}

/** After sanitising: addresses the URL rule refuses ("//host", "/../", http:) lose their href or src. */
function rehypeSafeUrls() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      for (const [tag, attribute] of LINK_ATTRIBUTES) {
        const value = node.tagName === tag ? node.properties[attribute] : undefined;
        if (typeof value === 'string' && checkUrl(value, { allowContact: true }) !== undefined) delete node.properties[attribute];
      }
    });
  };
}

const renderer = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkHttpsAutolinks)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(rehypeSafeUrls)
  .use(rehypeSlug)
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(renderer.processSync(markdown));
}

export interface MarkdownProblem extends LinkProblem {
  /** 1-based line in the Markdown body. */
  line: number | undefined;
}

const analyser = unified().use(remarkParse).use(remarkGfm).use(remarkHttpsAutolinks).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);

const allowedTags = new Set(SANITIZE_SCHEMA.tagNames ?? []);
const strippedTags = new Set(SANITIZE_SCHEMA.strip ?? []);

/** Everything in an officer's Markdown that the renderer would drop or the URL rule refuses, with its line. */
export function markdownProblems(markdown: string): MarkdownProblem[] {
  const tree = analyser.runSync(analyser.parse(markdown)) as HastRoot;
  const problems: MarkdownProblem[] = [];
  visit(tree, 'element', (node: Element) => {
    const line = node.position?.start.line;
    if (!allowedTags.has(node.tagName) || strippedTags.has(node.tagName)) {
      problems.push({
        line,
        message: `HTML <${node.tagName}> tidak diizinkan di halaman ini${node.tagName === 'script' || node.tagName === 'iframe' ? ' (dapat menjalankan kode di peramban pembaca)' : ''}`,
        hint: 'Hapus tag ini dan tulis isinya dengan Markdown biasa: **tebal**, _miring_, [teks](/alamat/), daftar dengan "- ". Skrip, iframe, formulir, dan gaya tidak dapat dipakai.',
      });
      return;
    }
    for (const key of Object.keys(node.properties)) {
      if (/^on/i.test(key) || key === 'style')
        problems.push({
          line,
          message: `atribut "${key.toLowerCase()}" pada <${node.tagName}> tidak diizinkan${/^on/i.test(key) ? ' (menjalankan kode di peramban pembaca)' : ''}`,
          hint: `Hapus atribut ${key.toLowerCase()}; tampilan halaman diatur oleh portal.`,
        });
    }
    for (const [tag, attribute] of LINK_ATTRIBUTES) {
      const value = node.tagName === tag ? node.properties[attribute] : undefined;
      if (typeof value !== 'string') continue;
      const bad = checkUrl(value, { allowContact: true });
      if (bad) problems.push({ line, ...bad });
    }
  });
  return problems;
}

/** Every link and image address of a Markdown body with its line, for the site-wide link check. */
export function markdownLinks(markdown: string): Array<{ url: string; line: number | undefined }> {
  const tree = analyser.runSync(analyser.parse(markdown)) as HastRoot;
  const links: Array<{ url: string; line: number | undefined }> = [];
  visit(tree, 'element', (node: Element) => {
    for (const [tag, attribute] of LINK_ATTRIBUTES) {
      const value = node.tagName === tag ? node.properties[attribute] : undefined;
      if (typeof value === 'string') links.push({ url: value, line: node.position?.start.line });
    }
  });
  return links;
}
