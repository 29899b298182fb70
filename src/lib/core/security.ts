/**
 * HTTP security headers of the deployed site: the one source of truth.
 * The Content Security Policy is also written into every page as <meta http-equiv> (the layouts),
 * so hosts that ignore dist/_headers (GitHub Pages, S3/GCS, an nginx without docs/nginx.conf)
 * still enforce it; frame-ancestors and report-uri, which a <meta> cannot carry, are not used.
 * Used by src/pages/_headers.ts (Netlify / Cloudflare Pages), checked against
 * docs/nginx.conf by a test, and sent by the browser tests' static server so the
 * pages are exercised under exactly the policy they are deployed with.
 * Pure: no I/O, no Astro imports.
 */

/**
 * Content Security Policy directives.
 * - script-src 'self': no inline script, no eval. 'wasm-unsafe-eval' only lets
 *   Pagefind compile its WebAssembly search index; it does not allow eval() of strings.
 * - style-src 'self': no inline <style> or style="" attributes (Astro is configured
 *   with build.inlineStylesheets: 'never'); scripts may still position elements via the CSSOM.
 * - img-src data: the chart PNG export draws the SVG through a data: URL.
 * - No upgrade-insecure-requests: HSTS already forces HTTPS, and the directive would
 *   break the local http:// test server.
 * - JSON-LD <script type="application/ld+json"> is data, never executed, so CSP does not apply to it.
 * - No frame-ancestors: /embed/<slug>/ pages exist to be framed by news sites, and static hosts
 *   merge (not replace) headers of overlapping path rules, so a per-path exception is not
 *   portable. The portal has no logged-in state or state-changing action to clickjack.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'", 'data:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/**
 * The browser editor (/admin/, Decap CMS) is the one place that needs more, and only there:
 * - style-src 'unsafe-inline': Decap's React UI styles itself with emotion (<style> at run time);
 * - script-src 'unsafe-eval': Decap compiles its widget and preview templates at run time;
 * - connect-src https: and the local proxy: the git host's API (GitHub, a self-hosted GitLab or
 *   Gitea) and `npx decap-server` on the officer's own machine (http://localhost:8081);
 * - img-src blob: https:: previews of uploaded files and of images on the git host;
 * - frame-src 'self' blob:: Decap's preview pane.
 * The editor shows no officer-written HTML of its own (previews render through the sanitising
 * renderer, src/lib/core/markdown.ts), and no other page is served with this policy.
 */
export const EDITOR_PATH = '/admin/';
export const EDITOR_CSP_DIRECTIVES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'", "'unsafe-eval'"],
  ['style-src', "'self'", "'unsafe-inline'"],
  ['img-src', "'self'", 'data:', 'blob:', 'https:'],
  ['font-src', "'self'", 'data:'],
  // blob: is how Decap reads back a file the officer just chose, to send it with the entry.
  ['connect-src', "'self'", 'blob:', 'https:', 'http://localhost:8081', 'http://127.0.0.1:8081'],
  ['frame-src', "'self'", 'blob:'],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'", 'https:'],
];

const policy = (directives: ReadonlyArray<readonly string[]>): string => directives.map((d) => d.join(' ')).join('; ');

export function contentSecurityPolicy(): string {
  return policy(CSP_DIRECTIVES);
}

export function editorContentSecurityPolicy(): string {
  return policy(EDITOR_CSP_DIRECTIVES);
}

const COMMON: ReadonlyArray<[string, string]> = [
  // Two years, subdomains included: the portal is HTTPS-only.
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

/** Headers sent with every response outside the editor. Order is stable (deterministic _headers output). */
export function securityHeaders(): Array<[string, string]> {
  return [['Content-Security-Policy', contentSecurityPolicy()], ...COMMON, ['Cross-Origin-Opener-Policy', 'same-origin']];
}

/** Headers of the editor: its own policy, and a popup opener kept for the git host's login window. */
export function editorSecurityHeaders(): Array<[string, string]> {
  return [['Content-Security-Policy', editorContentSecurityPolicy()], ...COMMON, ['Cross-Origin-Opener-Policy', 'same-origin-allow-popups']];
}

/** The headers a host must send for a path: the editor's under /admin/, the strict ones everywhere else. */
export function headersFor(urlPath: string): Array<[string, string]> {
  return urlPath === EDITOR_PATH.slice(0, -1) || urlPath.startsWith(EDITOR_PATH) ? editorSecurityHeaders() : securityHeaders();
}

/** Cache lifetimes: hashed build assets never change under the same name; everything else revalidates. */
export const CACHE_RULES: ReadonlyArray<{ path: string; cacheControl: string; why: string }> = [
  { path: '/_astro/*', cacheControl: 'public, max-age=31536000, immutable', why: 'nama berkas mengandung hash isi' },
  { path: '/pagefind/*', cacheControl: 'public, max-age=3600, must-revalidate', why: 'indeks pencarian berganti tiap rilis, nama sebagian tetap' },
];

/**
 * The Netlify / Cloudflare Pages `_headers` file (same syntax on both hosts). Hosts add up the
 * headers of every rule a path matches, so the strict policy cannot be one `/*` rule with an
 * exception: it is given to the root and to every other top-level entry of the site by name
 * (`topLevel`, e.g. ["/data/*", "/data.json"]), and the editor gets its own rule.
 */
export function headersFile(topLevel: readonly string[]): string {
  const lines = ['# Dibuat otomatis dari src/lib/core/security.ts — jangan disunting langsung.'];
  const paths = ['/', ...topLevel.filter((p) => !p.startsWith(EDITOR_PATH))];
  for (const path of paths) {
    const cache = CACHE_RULES.find((r) => r.path === path);
    if (cache) lines.push(`# ${cache.why}`);
    lines.push(path);
    for (const [name, value] of securityHeaders()) lines.push(`  ${name}: ${value}`);
    if (cache) lines.push(`  Cache-Control: ${cache.cacheControl}`);
  }
  lines.push('', '# Editor peramban (Decap CMS): kebijakannya sendiri, lihat EDITOR_CSP_DIRECTIVES.', `${EDITOR_PATH}*`);
  for (const [name, value] of editorSecurityHeaders()) lines.push(`  ${name}: ${value}`);
  for (const rule of CACHE_RULES.filter((r) => !paths.includes(r.path))) lines.push('', `# ${rule.why}`, rule.path, `  Cache-Control: ${rule.cacheControl}`);
  return `${lines.join('\n')}\n`;
}
