import { z } from 'zod';

/** One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), as Zotero and Pandoc import it. */
export const CslItemSchema = z.object({
  id: z.string().min(1),
  type: z.literal('dataset'),
  title: z.string().min(1),
  author: z.array(z.object({ literal: z.string().min(1) })).min(1),
  issued: z.object({ 'date-parts': z.tuple([z.tuple([z.int(), z.int().min(1).max(12), z.int().min(1).max(31)])]) }),
  publisher: z.string().min(1),
  'container-title': z.string().min(1),
  URL: z.url(),
  /** The frozen version cited (CSL "version"). */
  version: z.string().optional(),
  language: z.literal('id'),
  genre: z.string().min(1),
  note: z.string().min(1),
  keyword: z.string().optional(),
  license: z.string().optional(),
});
export type CslItem = z.output<typeof CslItemSchema>;
