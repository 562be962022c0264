/** Child process for the stdin test: reads the inputs given as arguments and prints one JSON result per line. */
import { readInputs } from '../../../src/ingest/read/index.js';

for await (const r of readInputs(process.argv.slice(2))) {
  console.log(JSON.stringify(r.ok ? { ok: true, article: r.article } : { ok: false, message: r.error.message }));
}
