/**
 * Minimal strict XML reader for chart tests (no DOM in the node test env).
 * It throws on anything not well-formed for our subset — unbalanced tags,
 * unquoted attributes, raw '<' or '"' in values, bare '&' — so a passing parse
 * is itself evidence that escaping worked.
 */
export interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  /** Decoded direct text content. */
  text: string;
  parent: Node | null;
}

const ENTITY = /&(amp|lt|gt|quot|#39|#x[0-9a-fA-F]+|#[0-9]+);/g;

function decode(s: string): string {
  if (/&(?!(amp|lt|gt|quot|#39|#x[0-9a-fA-F]+|#[0-9]+);)/.test(s)) throw new Error(`bare & in ${JSON.stringify(s)}`);
  return s.replace(ENTITY, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === '#39') return "'";
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    return String.fromCodePoint(parseInt(e.slice(1), 10));
  });
}

export function parse(xml: string): Node {
  const root: Node = { name: '#document', attrs: {}, children: [], text: '', parent: null };
  let cur = root;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textPart = xml.slice(i, lt === -1 ? xml.length : lt);
    if (textPart) {
      if (textPart.includes('>')) throw new Error(`raw > in text ${JSON.stringify(textPart)}`);
      cur.text += decode(textPart);
    }
    if (lt === -1) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) throw new Error('unterminated tag');
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (name !== cur.name) throw new Error(`mismatched </${name}>, open <${cur.name}>`);
      cur = cur.parent ?? root;
    } else {
      const m = /^([A-Za-z][\w:-]*)((?:\s+[A-Za-z_:][\w:.-]*="[^"<]*")*)\s*(\/?)$/.exec(tag);
      if (!m) throw new Error(`malformed tag <${tag}>`);
      const attrs: Record<string, string> = {};
      for (const a of (m[2] ?? '').matchAll(/([A-Za-z_:][\w:.-]*)="([^"]*)"/g)) {
        const key = a[1] ?? '';
        if (key in attrs) throw new Error(`duplicate attribute ${key}`);
        attrs[key] = decode(a[2] ?? '');
      }
      const node: Node = { name: m[1] ?? '', attrs, children: [], text: '', parent: cur };
      cur.children.push(node);
      if (m[3] !== '/') cur = node;
    }
    i = gt + 1;
  }
  if (cur !== root) throw new Error(`unclosed <${cur.name}>`);
  const svg = root.children[0];
  if (!svg || root.children.length !== 1) throw new Error('expected exactly one root element');
  return svg;
}

export function all(node: Node, pred: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  const walk = (n: Node): void => {
    if (pred(n)) out.push(n);
    n.children.forEach(walk);
  };
  walk(node);
  return out;
}

export const byName = (node: Node, name: string): Node[] => all(node, (n) => n.name === name);

export const hasClass = (n: Node, cls: string): boolean => (n.attrs['class'] ?? '').split(/\s+/).includes(cls);

export const byClass = (node: Node, cls: string): Node[] => all(node, (n) => hasClass(n, cls));

/** All text inside a node (including descendants), e.g. a <text> with <tspan>s. */
export function textOf(n: Node): string {
  return n.text + n.children.map(textOf).join('');
}

export function num(n: Node, attr: string): number {
  const v = n.attrs[attr];
  if (v === undefined) throw new Error(`<${n.name}> has no ${attr}`);
  return Number(v);
}

/** The first child element with the given name. */
export function child(n: Node, name: string): Node | undefined {
  return n.children.find((c) => c.name === name);
}

/** Marks (g.mark) as {label, value, series, node}. */
export function marks(svg: Node): Array<{ label: string; value: string; series: string | undefined; node: Node }> {
  return byClass(svg, 'mark').map((node) => ({
    label: node.attrs['data-label'] ?? '',
    value: node.attrs['data-value'] ?? '',
    series: node.attrs['data-series'],
    node,
  }));
}

export function descOf(svg: Node): string {
  return textOf(child(svg, 'desc') ?? { name: '', attrs: {}, children: [], text: '', parent: null });
}

/** Count subpaths in an SVG path `d` (each starts with M). */
export const subpaths = (d: string): number => (d.match(/M/g) ?? []).length;

/** Pretty-print for inline snapshots: one tag per line. */
export const pretty = (svg: string): string => svg.replace(/></g, '>\n<');
