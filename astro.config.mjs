// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://data.binjaikota.go.id',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: {
    format: 'directory',
    // External stylesheets only: lets the Content Security Policy forbid inline styles and scripts.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      // Never inline scripts or assets as data: URIs (CSP, and cacheable hashed files).
      assetsInlineLimit: 0,
    },
  },
  devToolbar: { enabled: false },
});
