/**
 * Static half of the CSP check: markup the strict policy in src/lib/core/security.ts
 * would block (inline <script>, <style>, style="" and on…="" attributes,
 * javascript: URLs). Chromium confirms the same at run time (tests/e2e/security.test.ts);
 * this check names the exact element and also covers pages no browser test opens.
 */
import { htmlPages, loadHtml, readPage, type SiteProblem } from './site.ts';

/** <script> types that are data, never executed, so CSP does not apply to them. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];

export function inlineCodeProblems(page: string, html: string): SiteProblem[] {
  const $ = loadHtml(html);
  const problems: SiteProblem[] = [];
  const add = (problem: string) => problems.push({ page, problem });
  $('script').each((_, el) => {
    const type = ($(el).attr('type') ?? '').trim().toLowerCase();
    if ($(el).attr('src') === undefined && !DATA_SCRIPT_TYPES.has(type)) {
      add(`<script> sebaris (inline) dilarang CSP: "${$(el).text().trim().slice(0, 60)}"; pindahkan ke berkas .ts yang diimpor`);
    }
  });
  $('style').each((_, el) => void add(`<style> sebaris dilarang CSP: "${$(el).text().trim().slice(0, 60)}"; pindahkan ke src/styles/`));
  $('*').each((_, el) => {
    if (el.type !== 'tag') return;
    for (const [name, value] of Object.entries(el.attribs)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) add(`atribut ${name}="…" pada <${el.name}> dilarang CSP; pakai addEventListener di skrip`);
      else if (lower === 'style') add(`atribut style="${value.slice(0, 40)}" pada <${el.name}> dilarang CSP; pakai kelas CSS`);
      else if (URL_ATTRIBUTES.includes(lower) && /^\s*javascript:/i.test(value)) add(`${name}="${value.slice(0, 40)}" pada <${el.name}>: URL javascript: dilarang`);
    }
  });
  return problems;
}

export function checkInlineCode(dir: string): SiteProblem[] {
  return htmlPages(dir).flatMap((page) => inlineCodeProblems(page, readPage(dir, page)));
}
