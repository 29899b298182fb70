import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { EDITOR, SITE } from '../../config.ts';
import { getAgencies, getDocuments } from '../../data/catalog.ts';
import { editorConfig, type EditorBackend } from '../../lib/editor/config.ts';

/** /admin/config.yml: the editor's configuration, derived from the schemas and the data (src/lib/editor/config.ts). */
function backend(env: NodeJS.ProcessEnv): EditorBackend {
  const name = env['PORTAL_CMS_BACKEND'] ?? EDITOR.backend;
  if (name !== 'github' && name !== 'gitlab' && name !== 'gitea') throw new Error(`PORTAL_CMS_BACKEND harus github, gitlab atau gitea, bukan "${name}".`);
  const out: EditorBackend = { name, repo: env['PORTAL_CMS_REPO'] ?? EDITOR.repo, branch: env['PORTAL_CMS_BRANCH'] ?? EDITOR.branch };
  const base = env['PORTAL_CMS_BASE_URL'];
  if (base) {
    out.base_url = base;
    if (name === 'gitea') out.api_root = `${base.replace(/\/$/, '')}/api/v1`;
    if (name === 'gitlab') out.api_root = `${base.replace(/\/$/, '')}/api/v4`;
  }
  const appId = env['PORTAL_CMS_APP_ID'];
  if (appId) {
    out.app_id = appId;
    out.auth_type = 'pkce';
  }
  return out;
}

export const GET: APIRoute = async () => {
  const [agencies, documents] = await Promise.all([getAgencies(), getDocuments()]);
  const config = editorConfig({ backend: backend(process.env), siteUrl: SITE.url, editorialWorkflow: process.env['PORTAL_CMS_REVIEW'] === '1', agencies, documents });
  return new Response(`# Dibuat otomatis dari skema zod portal (src/lib/editor/config.ts) — jangan disunting langsung.\n${stringify(config, { lineWidth: 0 })}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
