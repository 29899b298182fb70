import XMLBuilder from 'fast-xml-builder';

/**
 * XML serialisation of typed objects with fast-xml-builder (from the fast-xml-parser project), which
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
