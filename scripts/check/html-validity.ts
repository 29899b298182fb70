/**
 * HTML validity of every built page with html-validate (a maintained, offline,
 * spec-based validator; the W3C Nu checker needs Java or a network service).
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { htmlPages, readPage, type SiteProblem } from './site.ts';

/**
 * html-validate:recommended is the strictest preset. The rules turned off here are
 * matters of style, not validity, or already guarded elsewhere with a reason given.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Dataset titles are people's descriptive names plus the site name; length is an SEO
    // heuristic, not validity (Lighthouse SEO, which the portal must pass, does not limit it).
    'long-title': 'off',
    // HTML5 allows any id without spaces; budget rows use their printed Permendagri codes
    // ("s-1.01.01.2.02.01") as ids so that links name the code readers see.
    'valid-id': ['error', { relaxed: true }],
    // A group of checkboxes (the objection grounds on /ppid/keberatan/) shares one name by design.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // <div role="region" tabindex="0" aria-label> is the accessible pattern for a horizontally
    // scrolling table wrapper (axe: scrollable-region-focusable); a <section> there would add
    // sectioning content to the document outline for what is only a scroll container.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
};

export async function htmlValidityProblems(page: string, html: string, validator = new HtmlValidate(HTML_VALIDATE_CONFIG)): Promise<SiteProblem[]> {
  const report = await validator.validateString(html, page);
  return report.results.flatMap((r) =>
    r.messages.map((m) => ({ page, problem: `baris ${m.line}, kolom ${m.column}: ${m.message} [${m.ruleId}]` })),
  );
}

export async function checkHtmlValidity(dir: string): Promise<SiteProblem[]> {
  const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
  const problems: SiteProblem[] = [];
  for (const page of htmlPages(dir)) problems.push(...(await htmlValidityProblems(page, readPage(dir, page), validator)));
  return problems;
}
