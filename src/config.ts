/**
 * Site-wide settings. Editable by the portal's operators; everything else is derived.
 */
export const SITE = {
  name: 'Portal Data Terbuka Kota Binjai',
  shortName: 'Data Binjai',
  /** Public URL of the deployed site (used in API, sitemap, citations, DCAT). */
  url: 'https://data.binjaikota.go.id',
  lang: 'id',
  /** Date of this data release; datasets without their own `modified` use it, so builds are reproducible. */
  release: '2026-11-22',
  publisher: 'Pemerintah Kota Binjai',
  contact: {
    name: 'PPID Utama Kota Binjai (Diskominfo)',
    email: 'ppid@binjaikota.go.id',
  },
  license: {
    id: 'CC-BY-4.0',
    title: 'Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.id',
  },
} as const;

/**
 * The browser editor's git backend (/admin/). Set for each deployment through environment variables
 * of the build (see docs/panduan-ppid.md, "Menyiapkan editor"): PORTAL_CMS_BACKEND (github, gitlab or
 * gitea), PORTAL_CMS_REPO (owner/name), PORTAL_CMS_BRANCH, PORTAL_CMS_BASE_URL (a self-hosted GitLab or
 * Gitea, or the OAuth proxy for GitHub), PORTAL_CMS_APP_ID (the OAuth application), and
 * PORTAL_CMS_REVIEW=1 for review through merge requests before publishing.
 */
export const EDITOR = {
  backend: 'github',
  repo: 'pemkot-binjai/portal-data-binjai',
  branch: 'main',
} as const;
