/**
 * Validates XML against the official schemas shipped in tests/fixtures/xsd (see its README for
 * provenance), with libxml2's xmllint compiled to WebAssembly: no network, no native binaries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const xsdDir = join(import.meta.dirname, '../../fixtures/xsd');
const file = (path: string) => ({ fileName: path.split('/').pop()!, contents: readFileSync(join(xsdDir, path), 'utf8') });

const schemas = {
  graphml: { schema: file('graphml/graphml.xsd'), preload: [file('graphml/xlink.xsd')] },
  'gexf-1.2draft': { schema: file('gexf-1.2draft/gexf.xsd'), preload: [file('gexf-1.2draft/viz.xsd')] },
} as const;

/** The validation errors of `xml` against a schema; [] when valid. */
export async function xsdErrors(xml: string, schema: keyof typeof schemas): Promise<string[]> {
  const s = schemas[schema];
  const result = await validateXML({ xml: [{ fileName: 'export.xml', contents: xml }], schema: [s.schema], preload: [...s.preload], maxMemoryPages: 16384 });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
