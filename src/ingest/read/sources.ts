/**
 * Where inputs come from: files, folders (recursive), globs, http(s) URLs and stdin (`-`).
 * Everything is streamed: one file is in memory at a time, and JSON Lines files are read
 * line by line, so memory stays flat for big folders and big dumps.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import fg from 'fast-glob';
import { readJsonLine } from './json.js';
import { charsetOf, formatFromContentType, formatFromPath, isSingleArticle, KNOWN_EXTENSIONS, type Format } from './format.js';
import { readText } from './read-text.js';
import { failure, limitsOf, tooLarge, type Limits, type ReadOptions, type ReadResult } from './result.js';

/** Read every article of every input, in order; a bad input yields a failed result and reading goes on. */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const limits = limitsOf(options);
  for (const input of inputs) {
    if (input === '-') yield* readStdin(options);
    else if (/^https?:\/\//i.test(input)) yield* await readUrl(input, limits, options);
    else yield* readPathOrGlob(input, limits, options);
  }
}

async function* readPathOrGlob(input: string, limits: Limits, options: ReadOptions): AsyncGenerator<ReadResult> {
  const info = await stat(input).catch(() => undefined);
  if (info?.isDirectory()) {
    yield* readMatches(`${fg.convertPathToPattern(input)}/**/*.{${KNOWN_EXTENSIONS.join(',')}}`, input, limits, options);
  } else if (info?.isFile()) {
    yield* readFileInput(input, info.size, limits, options);
  } else if (fg.isDynamicPattern(input)) {
    yield* readMatches(input, input, limits, options);
  } else {
    yield failure(input, 'no such file, folder or URL');
  }
}

async function* readMatches(pattern: string, input: string, limits: Limits, options: ReadOptions): AsyncGenerator<ReadResult> {
  // Sorted so runs are reproducible; paths only, so the listing stays small next to the contents.
  const paths = (await fg(pattern, { onlyFiles: true, dot: false, followSymbolicLinks: true })).sort();
  if (paths.length === 0) {
    yield failure(input, 'no input files found');
    return;
  }
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info) yield* readFileInput(path, info.size, limits, options);
  }
}

async function* readFileInput(path: string, size: number, limits: Limits, options: ReadOptions): AsyncGenerator<ReadResult> {
  const format = formatFromPath(path);
  if (format === 'jsonl') {
    yield* readJsonLinesFile(path, limits);
    return;
  }
  const limit = format !== undefined && isSingleArticle(format) ? limits.maxArticleBytes : limits.maxFileBytes;
  if (size > limit) {
    yield failure(path, tooLarge(size, limit, limit === limits.maxArticleBytes ? 'article' : 'file'));
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield failure(path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, error);
    return;
  }
  yield* readText(bytes, path, format, options);
}

/** JSON Lines are UTF-8 by definition; read line by line so a dump of any size streams through. */
async function* readJsonLinesFile(path: string, limits: Limits): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  let item = 0;
  try {
    for await (const raw of lines) {
      lineNumber++;
      const line = (lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw).normalize('NFC');
      if (line.trim() === '') continue;
      yield readJsonLine(line, `${path}#${item++}`, lineNumber, limits);
    }
  } catch (error) {
    yield failure(path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, error);
    return;
  }
  if (item === 0) yield failure(path, 'empty input');
}

async function* readStdin(options: ReadOptions): AsyncGenerator<ReadResult> {
  const limits = limitsOf(options);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limits.maxFileBytes) {
      yield failure('stdin', tooLarge(size, limits.maxFileBytes, 'file'));
      return;
    }
    chunks.push(chunk);
  }
  yield* readText(Buffer.concat(chunks), 'stdin', undefined, options);
}

/** Fetch with a timeout and a size cap; the response content-type picks the reader. */
async function readUrl(url: string, limits: Limits, options: ReadOptions): Promise<ReadResult[]> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(limits.fetchTimeoutMs),
      headers: { accept: 'text/html, application/rss+xml, application/atom+xml, application/json, text/plain;q=0.8, */*;q=0.5' },
      redirect: 'follow',
    });
  } catch (error) {
    return [failure(url, fetchFailure(error, limits), error)];
  }
  if (!response.ok) return [failure(url, `HTTP ${response.status} ${response.statusText}`.trim())];
  const contentType = response.headers.get('content-type');
  const format: Format | undefined = formatFromContentType(contentType) ?? formatFromPath(new URL(response.url || url).pathname);
  const body = await readCapped(response, limits.maxFileBytes).catch((error: unknown) => ({ error }));
  if ('error' in body) return [failure(url, fetchFailure(body.error, limits), body.error)];
  if (body.tooLarge) return [failure(url, tooLarge(body.size, limits.maxFileBytes, 'file'))];
  const charset = charsetOf(contentType);
  return readText(body.bytes, url, format, {
    ...options,
    ...(charset !== undefined && { charset }),
    baseUrl: response.url || url,
  });
}

type Capped = { tooLarge: false; bytes: Uint8Array } | { tooLarge: true; size: number };

/** Read a response body, giving up as soon as it passes `limit` bytes (the header may lie or be absent). */
async function readCapped(response: Response, limit: number): Promise<Capped> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) {
    await response.body?.cancel();
    return { tooLarge: true, size: declared };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > limit) {
        await response.body.cancel().catch(() => undefined);
        return { tooLarge: true, size };
      }
      chunks.push(chunk);
    }
  }
  return { tooLarge: false, bytes: Buffer.concat(chunks) };
}

function fetchFailure(error: unknown, limits: Limits): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no response within ${limits.fetchTimeoutMs / 1000} s`;
  const detail = e.cause?.code ?? e.cause?.message ?? e.message;
  return `cannot fetch: ${detail}`;
}
