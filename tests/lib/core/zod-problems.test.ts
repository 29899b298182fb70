import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { Text, NonEmpty } from '../../../src/lib/core/common-schema.ts';
import { validateYaml } from '../../../src/lib/core/zod-problems.ts';

const schema = z.strictObject({ judul: NonEmpty('judul', 20), jenis: z.enum(['a', 'b']), tahun: z.int(), label: Text(5).optional() });
const hints = (yaml: string) => validateYaml(schema, yaml, 'x.yml').problems.map((p) => [p.line, p.message, p.hint]);

describe('every hint says concretely what to write', () => {
  test('allowed values are listed; the length limit is named; the type is given with an example', () => {
    expect(hints('judul: Penduduk\njenis: c\ntahun: dua ribu\nlabel: panjang sekali\n')).toEqual([
      [2, 'isian "jenis": Pilihan tidak valid: diharapkan salah satu dari "a"|"b"', 'Tulis salah satu nilai ini persis seperti tertulis: a, b.'],
      [3, expect.stringContaining('isian "tahun"'), 'Isi dengan angka tanpa tanda kutip, misalnya 2023 atau 12.5.'],
      [4, 'isian "label": terlalu panjang: 14 karakter, paling banyak 5', 'Persingkat menjadi paling banyak 5 karakter; uraian panjang ditulis di deskripsi atau dokumen terlampir.'],
    ]);
  });

  test('an alias bomb is refused with a message, not expanded', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n';
    const { problems } = validateYaml(z.unknown(), bomb, 'x.yml');
    expect(problems.map((p) => [p.line, p.message])).toEqual([[1, 'YAML memakai alias (&nama dan *nama) terlalu banyak atau bersarang, sehingga isinya membengkak']]);
  });
});
