/**
 * The XML reader the export tests check GraphML and GEXF with: attributes kept as strings,
 * text untrimmed, and the elements that may repeat always read as arrays.
 */
import { XMLParser } from 'fast-xml-parser';

export const exportXml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue'].includes(name),
});
