import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Helpers for tests that read the built site (run `npm run build` first). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');

export function assertBuilt(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/ belum ada: jalankan "npm run build" sebelum tes build dan e2e.');
  }
}

/** Read a file of the built site by its URL path, e.g. "/data/x/" or "/api/v1/datasets.json". */
export function readDist(urlPath: string): string {
  const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(path.join(DIST, rel), 'utf8');
}

export function readDistJson<T = unknown>(urlPath: string): T {
  return JSON.parse(readDist(urlPath)) as T;
}

export function distExists(urlPath: string): boolean {
  const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return existsSync(path.join(DIST, rel));
}

/** Every file under dist/, as URL paths ("/data/x/index.html"), sorted. */
export function listDist(ext?: string): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && (ext === undefined || e.name.endsWith(ext)))
    .map((e) => `/${path.relative(DIST, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`)
    .sort();
}
