import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/edisi');

/**
 * Adds the fictitious "LKPJ 2099" (tests/fixtures/edisi/) to a project copy: its document, source
 * text, table, coverage entry and dataset, and the series penduduk-kecamatan with the real 2023
 * table as its first edition. Never applied to the real project.
 */
export function applyEditionFixture(repo: string): void {
  const data = path.join(repo, 'data');
  cpSync(path.join(FIXTURE, 'sources'), path.join(data, 'sources'), { recursive: true });
  cpSync(path.join(FIXTURE, 'raw'), path.join(data, 'raw'), { recursive: true });
  cpSync(path.join(FIXTURE, 'datasets'), path.join(data, 'datasets'), { recursive: true });
  cpSync(path.join(FIXTURE, 'coverage'), path.join(data, 'coverage'), { recursive: true });
  cpSync(path.join(FIXTURE, 'series.yml'), path.join(data, 'series.yml'));
  appendFileSync(path.join(data, 'documents.yml'), readFileSync(path.join(FIXTURE, 'documents.yml'), 'utf8'));
  const first = path.join(data, 'datasets/penduduk-kecamatan-2023.yml');
  writeFileSync(first, `${readFileSync(first, 'utf8')}series: penduduk-kecamatan\nedition: "2023"\n`);
}

/** Changes one printed number of the 2099 table, in the source text and its transcription alike (a correction). */
export function correctFixture(repo: string, from: string, to: string): void {
  for (const file of ['data/sources/contoh-lkpj-2099.txt', 'data/raw/contoh-lkpj-2099/tabel-i-3.csv']) {
    const full = path.join(repo, file);
    writeFileSync(full, readFileSync(full, 'utf8').replace(from, to));
  }
}
