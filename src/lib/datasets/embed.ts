import { SITE } from '../../config.ts';
import type { BuiltDataset } from './schema.ts';

/** Absolute URL of a dataset's embeddable chart page. */
export function embedUrl(slug: string): string {
  return new URL(`/embed/${slug}/`, SITE.url).href;
}

/**
 * The <iframe> snippet offered on dataset pages. Built from a DOM-free attribute
 * list so every value is escaped; the title names the chart for screen readers.
 */
export function embedSnippet(d: Pick<BuiltDataset, 'slug' | 'title'>, height = 520): string {
  const attrs: Array<[string, string]> = [
    ['src', embedUrl(d.slug)],
    ['title', `Grafik: ${d.title}`],
    ['width', '100%'],
    ['height', String(height)],
    ['style', 'border:0;max-width:100%'],
    ['loading', 'lazy'],
  ];
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<iframe ${attrs.map(([k, v]) => `${k}="${escape(v)}"`).join(' ')}></iframe>`;
}
