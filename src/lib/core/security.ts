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

export function contentSecurityPolicy(): string {
  return CSP_DIRECTIVES.map((d) => d.join(' ')).join('; ');
}

/** Headers sent with every response. Order is stable (deterministic _headers output). */
export function securityHeaders(): Array<[string, string]> {
  return [
    ['Content-Security-Policy', contentSecurityPolicy()],
    // Two years, subdomains included: the portal is HTTPS-only.
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** Cache lifetimes: hashed build assets never change under the same name; everything else revalidates. */
export const CACHE_RULES: ReadonlyArray<{ path: string; cacheControl: string; why: string }> = [
  { path: '/_astro/*', cacheControl: 'public, max-age=31536000, immutable', why: 'nama berkas mengandung hash isi' },
  { path: '/pagefind/*', cacheControl: 'public, max-age=3600, must-revalidate', why: 'indeks pencarian berganti tiap rilis, nama sebagian tetap' },
];

/** The Netlify / Cloudflare Pages `_headers` file (same syntax on both hosts). */
export function headersFile(): string {
  const lines = ['# Dibuat otomatis dari src/lib/core/security.ts — jangan disunting langsung.', '/*'];
  for (const [name, value] of securityHeaders()) lines.push(`  ${name}: ${value}`);
  for (const rule of CACHE_RULES) {
    lines.push('', `# ${rule.why}`, rule.path, `  Cache-Control: ${rule.cacheControl}`);
  }
  return `${lines.join('\n')}\n`;
}
