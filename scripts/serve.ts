/**
 * `npm start` after the build: serves dist/ at http://127.0.0.1:4321/ with Astro's preview server
 * (telemetry off, so no English notice), until Ctrl+C.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const PORT = '4321';

console.log(`\nPortal disajikan di http://${HOST}:${PORT}/ — tekan Ctrl+C untuk berhenti.`);
const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', HOST, '--port', PORT], {
  cwd: ROOT,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['inherit', 'ignore', 'inherit'],
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('close', (code) => process.exit(code ?? 0));
