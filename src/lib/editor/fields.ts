/**
 * The browser editor's fields, derived from the zod schemas (one source of truth): zod 4's
 * z.toJSONSchema() gives each field's type, required flag, enum, pattern, length and number
 * limits, default, label and help text (labelled() metadata), and this maps them to Decap CMS
 * widgets. A field added to a schema appears in the editor with no other change.
 */
import { z } from 'zod';

/** The subset of a Decap CMS field definition the portal uses. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: Array<string | { label: string; value: string }>;
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  step?: number;
  fields?: EditorField[];
  field?: EditorField;
  types?: Array<{ name: string; label: string; widget: 'object'; fields: EditorField[] }>;
  typeKey?: string;
  summary?: string;
  collapsed?: boolean;
  date_format?: string;
  time_format?: boolean;
  format?: string;
  picker_utc?: boolean;
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  media_library?: { config: { max_file_size: number } };
  allow_multiple?: boolean;
}

type Json = z.core.JSONSchema.JSONSchema;

/** Options shown instead of a free text field, for fields whose values come from the data (agencies, documents). */
export type Choices = ReadonlyMap<string, ReadonlyArray<{ label: string; value: string }>>;

export interface FieldOptions {
  /** Field name (dotted path inside objects) → choices from the data. */
  choices?: Choices;
  /** Field names edited as a long text (textarea) whatever their length limit. */
  longText?: ReadonlySet<string>;
  /** Field names rendered by a custom widget (e.g. "file" for an upload). */
  widgets?: ReadonlyMap<string, Partial<EditorField>>;
  /** Fields left out of the editor (written by the portal, not officers). */
  omit?: ReadonlySet<string>;
}

export const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

const PATTERN_WORDS: Record<string, string> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'Hanya huruf kecil a-z, angka, dan tanda hubung, misalnya "penduduk-kecamatan-2023".',
  '^[a-z][a-z0-9_]*$': 'Hanya huruf kecil, angka, dan garis bawah, diawali huruf, misalnya "laki_laki".',
};
const LONG_TEXT = 300;

/** JSON Schema of a zod schema as an editor sees it: what may be typed (input), unrepresentable parts as "any". */
export function jsonSchemaOf(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
}

function asObject(s: Json | boolean | undefined): Json {
  return typeof s === 'object' && s !== null ? s : {};
}

function enumOf(s: Json): string[] | undefined {
  if (Array.isArray(s.enum)) return s.enum.map(String);
  if (s.const !== undefined) return [String(s.const)];
  return undefined;
}

function label(name: string, s: Json): string {
  return typeof s.title === 'string' ? s.title : name;
}

function common(name: string, s: Json, required: boolean): Pick<EditorField, 'name' | 'label' | 'required' | 'hint' | 'default'> {
  const out: Pick<EditorField, 'name' | 'label' | 'required' | 'hint' | 'default'> = { name, label: label(name, s), required };
  if (typeof s.description === 'string') out.hint = s.description;
  if (s.default !== undefined && !(Array.isArray(s.default) && s.default.length === 0)) out.default = s.default;
  return out;
}

/** One item of a plain list (a year, a keyword): "Nilai" unless its schema names it. */
function itemField(items: Json, options: FieldOptions, path: string): EditorField {
  return { ...editorField('nilai', items, true, options, `${path}[]`), label: typeof items.title === 'string' ? items.title : 'Nilai' };
}

/** One property of an object schema → one editor field. `path` is the dotted name used by FieldOptions. */
export function editorField(name: string, raw: Json | boolean, required: boolean, options: FieldOptions = {}, path = name): EditorField {
  const s = asObject(raw);
  const base = common(name, s, required);
  const custom = options.widgets?.get(path);
  if (custom) return { ...base, widget: 'string', ...custom };
  const choices = options.choices?.get(path);
  if (choices) return { ...base, widget: 'select', options: [...choices] };

  // A union of string and number (e.g. waktu_pembuatan: 2024 or "2024-03"): typed as text.
  const variants = (s.anyOf ?? s.oneOf ?? []).map(asObject);
  if (variants.length > 0 && variants.every((v) => v.type === 'object' && v.properties)) return unionField(base, variants, options, path);
  if (variants.length > 0) return { ...base, widget: 'string' };

  const values = enumOf(s);
  if (values) return { ...base, widget: 'select', options: values };

  switch (s.type) {
    case 'string': {
      if (s.pattern === ISO_DATE_PATTERN)
        return { ...base, widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD', picker_utc: true };
      const long = options.longText?.has(path) || (typeof s.maxLength === 'number' ? s.maxLength > LONG_TEXT : s.minLength !== undefined && s.minLength >= 30);
      const field: EditorField = { ...base, widget: long ? 'text' : 'string' };
      // Patterns the editor can check while typing, said in words; every other rule is checked on save
      // with the schema's own message (src/scripts/admin.ts).
      const words = typeof s.pattern === 'string' ? PATTERN_WORDS[s.pattern] : undefined;
      if (words !== undefined && typeof s.pattern === 'string') field.pattern = [s.pattern, words];
      return field;
    }
    case 'integer':
    case 'number': {
      const field: EditorField = { ...base, widget: 'number', value_type: s.type === 'integer' ? 'int' : 'float' };
      if (typeof s.minimum === 'number' && Math.abs(s.minimum) < Number.MAX_SAFE_INTEGER) field.min = s.minimum;
      if (typeof s.maximum === 'number' && Math.abs(s.maximum) < Number.MAX_SAFE_INTEGER) field.max = s.maximum;
      if (s.type === 'number') field.step = 0.01;
      return field;
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'array': {
      const items = asObject(s.items as Json | undefined);
      const prefix = Array.isArray(s.prefixItems) ? s.prefixItems.map(asObject) : undefined;
      const limits: Partial<EditorField> = {};
      if (typeof s.minItems === 'number') limits.min = s.minItems;
      if (typeof s.maxItems === 'number') limits.max = s.maxItems;
      if (prefix) {
        // A tuple such as lines: [first, last]: a list of exactly that many items.
        const item = itemField(prefix[0] ?? {}, options, path);
        return { ...base, widget: 'list', field: item, min: prefix.length, max: prefix.length };
      }
      const itemValues = enumOf(items);
      if (itemValues) return { ...base, widget: 'select', multiple: true, options: itemValues, ...limits };
      if (items.type === 'object' && items.properties) return { ...base, widget: 'list', fields: objectFields(items, options, path), collapsed: true, ...limits };
      const variantsOfItems = (items.anyOf ?? items.oneOf ?? []).map(asObject);
      if (variantsOfItems.length > 0 && variantsOfItems.every((v) => v.type === 'object' && v.properties))
        return { ...base, widget: 'list', ...unionTypes(variantsOfItems, options, path), collapsed: true, ...limits };
      return { ...base, widget: 'list', field: itemField(items, options, path), ...limits };
    }
    case 'object':
      if (s.properties) return { ...base, widget: 'object', fields: objectFields(s, options, path) };
      return { ...base, widget: 'code' };
    default:
      return { ...base, widget: 'string' };
  }
}

/** A discriminated union (e.g. checks by "rule"): Decap's variable types, keyed by the discriminator. */
function unionTypes(variants: Json[], options: FieldOptions, path: string): Pick<EditorField, 'types' | 'typeKey'> {
  const key = Object.keys(variants[0]?.properties ?? {}).find((k) => variants.every((v) => enumOf(asObject(v.properties?.[k])) !== undefined));
  if (key === undefined) throw new Error(`${path}: union without a discriminator`);
  return {
    typeKey: key,
    types: variants.map((v) => {
      const value = enumOf(asObject(v.properties?.[key]))?.[0] ?? '';
      const fields = objectFields(v, options, path).filter((f) => f.name !== key);
      return { name: value, label: typeof v.title === 'string' ? v.title : value, widget: 'object' as const, fields };
    }),
  };
}

function unionField(base: ReturnType<typeof common>, variants: Json[], options: FieldOptions, path: string): EditorField {
  return { ...base, widget: 'list', ...unionTypes(variants, options, path), max: 1 };
}

/** Every property of an object schema, in schema order. */
export function objectFields(schema: Json, options: FieldOptions = {}, prefix = ''): EditorField[] {
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => !options.omit?.has(prefix ? `${prefix}.${name}` : name))
    .map(([name, prop]) => editorField(name, prop, required.has(name), options, prefix ? `${prefix}.${name}` : name));
}

/** The editor fields of a zod object schema. */
export function fieldsOf(schema: z.ZodType, options: FieldOptions = {}): EditorField[] {
  return objectFields(jsonSchemaOf(schema), options);
}
