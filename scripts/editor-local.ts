/**
 * `npm run editor:lokal`: the browser editor on an officer's own machine, without any account.
 * Builds the data, then starts the Decap proxy (decap-server, which writes into this folder) and
 * the development server, and says where to open it. Changes are files in this folder: review them
 * with `npm run periksa`, then commit and push (docs/panduan-ppid.md, "Editor di komputer sendiri").
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = '4321';

const data = spawnSync(process.execPath, ['scripts/data/build.ts'], { cwd: ROOT, stdio: 'inherit' });
if (data.status !== 0) {
  console.error('✗ Data belum lolos pemeriksaan: perbaiki galat di atas dulu (npm run periksa menjelaskannya).');
  process.exit(1);
}

const children: ChildProcess[] = [
  spawn(process.execPath, [path.join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: ROOT,
    env: { ...process.env, MODE: 'fs', GIT_REPO_DIRECTORY: ROOT, PORT: '8081', BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  }),
  spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', 'localhost', '--port', PORT], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['inherit', 'ignore', 'inherit'],
  }),
];
console.log(`\nEditor siap: buka http://localhost:${PORT}/admin/ lalu tekan "Masuk".`);
console.log('Simpanan editor langsung menjadi berkas di folder ini. Tekan Ctrl+C untuk berhenti.');
const stop = (signal: NodeJS.Signals) => {
  for (const c of children) c.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
for (const c of children) c.on('close', () => stop('SIGTERM'));
