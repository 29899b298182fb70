import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { labelled } from '../../../src/lib/core/common-schema.ts';
import { fieldsOf, jsonSchemaOf } from '../../../src/lib/editor/fields.ts';
import { DatasetMetaSchema } from '../../../src/lib/datasets/schema.ts';
import { AgencySchema } from '../../../src/lib/documents/schema.ts';
import { DIP_KATEGORI, DIP_LABELS, DipEntrySchema, LaporanRowSchema, PpidPageSchema } from '../../../src/lib/ppid/schema.ts';

/** Every property of a JSON Schema object, required or not, with its enum. */
function properties(schema: z.ZodType): Array<{ name: string; required: boolean; enum?: unknown[] }> {
  const json = jsonSchemaOf(schema) as { properties: Record<string, { enum?: unknown[]; items?: { enum?: unknown[] } }>; required?: string[] };
  return Object.entries(json.properties).map(([name, p]) => ({
    name,
    required: (json.required ?? []).includes(name),
    ...(p.enum ? { enum: p.enum } : p.items?.enum ? { enum: p.items.enum } : {}),
  }));
}

describe('the editor fields are the schema', () => {
  test.each([
    ['DIP entry', DipEntrySchema],
    ['PPID page', PpidPageSchema],
    ['service report row', LaporanRowSchema],
    ['agency', AgencySchema],
    ['dataset', DatasetMetaSchema],
  ] as const)('%s: every field present, in order, with its required flag and its choices', (_name, schema) => {
    const fields = fieldsOf(schema);
    expect(fields.map((f) => f.name)).toEqual(properties(schema).map((p) => p.name));
    for (const p of properties(schema)) {
      const f = fields.find((x) => x.name === p.name)!;
      expect(f.required, p.name).toBe(p.required);
      if (p.enum) expect(f.options, p.name).toEqual(p.enum);
    }
  });

  test('a field added to a schema appears in the editor with no other change', () => {
    const before = z.strictObject(labelled({ judul: z.string() }, { judul: { title: 'Judul' } }));
    const after = z.strictObject(labelled({ judul: z.string(), nomor_surat: z.string().optional() }, { judul: { title: 'Judul' }, nomor_surat: { title: 'Nomor surat', description: 'Contoh 100/123' } }));
    expect(fieldsOf(before).map((f) => f.name)).toEqual(['judul']);
    expect(fieldsOf(after)).toEqual([
      { name: 'judul', label: 'Judul', required: true, widget: 'string' },
      { name: 'nomor_surat', label: 'Nomor surat', required: false, hint: 'Contoh 100/123', widget: 'string' },
    ]);
  });

  test('DIP: Indonesian labels, kategori as a select, dates as date pickers, lists as multi-selects, tautan as a list', () => {
    const fields = new Map(fieldsOf(DipEntrySchema).map((f) => [f.name, f]));
    for (const [name, label] of Object.entries(DIP_LABELS)) expect(fields.get(name)?.label).toBe(label.title);
    expect(fields.get('kategori')).toMatchObject({ widget: 'select', options: [...DIP_KATEGORI], required: true });
    expect(fields.get('tanggal_penetapan')).toMatchObject({ widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD' });
    expect(fields.get('bentuk_informasi')).toMatchObject({ widget: 'select', multiple: true, options: ['softcopy', 'hardcopy'], min: 1 });
    expect(fields.get('tautan')).toMatchObject({ widget: 'list', max: 20 });
    expect(fields.get('tautan')?.fields?.map((f) => f.name)).toEqual(['judul', 'url']);
    expect(fields.get('ringkasan')?.widget).toBe('text');
    expect(fields.get('tahun')).toMatchObject({ widget: 'number', value_type: 'int', min: 1945, max: 2100, required: false });
  });

  test('dataset checks, a discriminated union, become variable types keyed by "rule"', () => {
    const checks = fieldsOf(DatasetMetaSchema).find((f) => f.name === 'checks')!;
    expect(checks.typeKey).toBe('rule');
    expect(checks.types?.map((t) => t.name)).toEqual(['sum', 'row_sum', 'tree_sum', 'share', 'ratio', 'equals']);
    expect(checks.types?.find((t) => t.name === 'row_sum')?.fields.map((f) => f.name)).toEqual(['parts', 'minus', 'total', 'expect', 'note', 'tolerance']);
  });
});
