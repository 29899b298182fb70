import { XMLBuilder } from 'fast-xml-parser';

/**
 * XML serialisation of typed objects with fast-xml-parser's builder, which
 * escapes text and attribute values; no markup is assembled from strings.
 * Attributes are keys starting with "@_".
 */
const builder = new XMLBuilder({
  attributeNamePrefix: '@_',
  ignoreAttributes: false,
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  processEntities: true,
});

export function toXml(root: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root) as string}`;
}
