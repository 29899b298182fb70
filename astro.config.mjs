// @ts-check
import { cp, readdir } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

const DECAP_DIST = fileURLToPath(new URL('./node_modules/decap-cms/dist/', import.meta.url));

/**
 * Ships the browser editor's Decap CMS bundle (node_modules/decap-cms/dist, prebuilt, not
 * re-bundled) at /admin/decap/: copied into the build, and served by `npm run dev`.
 * Only its own files (decap-cms.js and the chunks it loads), no source maps.
 * @returns {import('astro').AstroIntegration}
 */
function decapCms() {
  const wanted = (/** @type {string} */ name) => /(^|\.)decap-cms\.js$/.test(name);
  return {
    name: 'portal-decap-cms',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const target = fileURLToPath(new URL('admin/decap/', dir));
        for (const name of (await readdir(DECAP_DIST)).filter(wanted).sort()) await cp(path.join(DECAP_DIST, name), path.join(target, name));
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/admin/decap/', (req, res, next) => {
          const name = path.basename((req.url ?? '').split('?')[0] ?? '');
          const file = path.join(DECAP_DIST, name);
          if (!wanted(name) || !existsSync(file)) return next();
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}

export default defineConfig({
  site: 'https://data.binjaikota.go.id',
  trailingSlash: 'always',
  integrations: [mdx(), decapCms()],
  build: {
    format: 'directory',
    // External stylesheets only: lets the Content Security Policy forbid inline styles and scripts.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      // Never inline scripts or assets as data: URIs (CSP, and cacheable hashed files).
      assetsInlineLimit: 0,
      // The browser editor's own script (/admin/ only: Decap registrations, zod schemas, the
      // Markdown sanitiser, ~640 kB) is the one large chunk; public pages stay within their budgets.
      chunkSizeWarningLimit: 800,
    },
  },
  devToolbar: { enabled: false },
});
