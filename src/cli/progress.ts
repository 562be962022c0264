/**
 * The ingest progress line: counts, rate, and (when the inputs' size is known) a bar, the
 * percentage done and the time left, as `pv` and curl estimate it: bytes consumed over bytes in all.
 *
 *   measureInputs   what the inputs weigh: local files only (stdin and URLs: unknown, no ETA)
 *   InputMeter      follows the read results to the bytes consumed so far
 *   progressLine    the line itself, from plain numbers (pure)
 *
 * A JSON Lines file is one input of many articles: its lines are counted in the background
 * (at disk speed) so its share done is the share of its lines read. A feed or JSON array counts
 * as done when the next file starts.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import fg from 'fast-glob';
import { KNOWN_EXTENSIONS, formatFromPath } from '../ingest/read/format.js';
import type { ReadResult } from '../ingest/read/index.js';

export interface FileSize {
  bytes: number;
  /** JSON Lines: articles (non-blank lines), once counted. */
  items?: number;
}

export interface InputSizes {
  /** Every local file the inputs name, by the name the readers give it, in reading order. */
  files: Map<string, FileSize>;
  totalBytes: number;
  /** False when some input is stdin or a URL, whose size is not known up front. */
  complete: boolean;
  /** Resolves when every JSON Lines file's lines are counted. */
  counted: Promise<void>;
}

/**
 * The files `readInputs` will read, with their sizes: the same expansion of folders and globs
 * (src/ingest/read/sources.ts), so names match the `input` of each result.
 */
export async function measureInputs(inputs: readonly string[]): Promise<InputSizes> {
  const files = new Map<string, FileSize>();
  let complete = true;
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) {
      complete = false;
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    const paths = info?.isFile()
      ? [input]
      : info?.isDirectory()
        ? await fg(`${fg.convertPathToPattern(input)}/**/*.{${KNOWN_EXTENSIONS.join(',')}}`, { onlyFiles: true, followSymbolicLinks: true })
        : fg.isDynamicPattern(input)
          ? await fg(input, { onlyFiles: true, followSymbolicLinks: true })
          : [];
    for (const path of paths.sort()) {
      const size = info?.isFile() ? info.size : (await stat(path).catch(() => undefined))?.size;
      if (size !== undefined && !files.has(path)) files.set(path, { bytes: size });
    }
  }
  let totalBytes = 0;
  for (const f of files.values()) totalBytes += f.bytes;
  const counting: Array<Promise<void>> = [];
  for (const [path, size] of files)
    if (formatFromPath(path) === 'jsonl')
      counting.push(countLines(path).then((n) => void (size.items = n), () => undefined));
  return { files, totalBytes, complete, counted: Promise.all(counting).then(() => undefined) };
}

/** Non-blank lines of a file, read in chunks (memory stays flat whatever the size). */
export async function countLines(path: string): Promise<number> {
  let lines = 0;
  let blank = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 0x0a) {
        if (!blank) lines++;
        blank = true;
      } else if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) blank = false;
    }
  }
  return blank ? lines : lines + 1;
}

/** `path#12` → the file and the item's index; a whole-file input has no index. */
export function splitInput(input: string, files: ReadonlyMap<string, unknown>): { file: string; item?: number } {
  const hash = input.lastIndexOf('#');
  if (hash > 0 && /^\d+$/.test(input.slice(hash + 1)) && files.has(input.slice(0, hash)))
    return { file: input.slice(0, hash), item: Number(input.slice(hash + 1)) };
  return { file: input };
}

/**
 * Bytes consumed so far, from the inputs of the results read. Readers go through files in
 * order, so when a file starts, the ones before it are done. State is one running total.
 */
export class InputMeter {
  private finishedBytes = 0;
  private current: { file: string; size: FileSize; item?: number } | undefined;

  constructor(readonly sizes: Pick<InputSizes, 'files' | 'totalBytes' | 'complete'>) {}

  see(input: string): void {
    const { file, item } = splitInput(input, this.sizes.files);
    const size = this.sizes.files.get(file);
    if (!size) return; // stdin, a URL: not part of the total
    if (this.current?.file !== file) {
      if (this.current) this.finishedBytes += this.current.size.bytes;
      this.current = { file, size };
    }
    this.current.item = item;
  }

  /** Pass results through, noting each one's input. */
  async *track(results: AsyncIterable<ReadResult>): AsyncGenerator<ReadResult> {
    for await (const result of results) {
      this.see(result.ok ? result.article.input : result.error.input);
      yield result;
    }
  }

  /** Share of the inputs' bytes consumed (0–1), or undefined when it cannot be known. */
  fraction(): number | undefined {
    if (!this.sizes.complete || this.sizes.totalBytes === 0) return undefined;
    const c = this.current;
    let partial = 0;
    if (c) {
      if (c.item === undefined) partial = c.size.bytes; // a whole-file article (or a failed file)
      else if (c.size.items === undefined) {
        // A JSON Lines file not yet counted: unknown for now. A feed or JSON array: done when the next file starts.
        if (formatFromPath(c.file) === 'jsonl') return undefined;
      } else partial = c.size.bytes * Math.min(1, (c.item + 1) / Math.max(1, c.size.items));
    }
    return Math.min(1, (this.finishedBytes + partial) / this.sizes.totalBytes);
  }
}

/** Milliseconds left at the rate so far; undefined until there is enough to go on (1 s and 0.5 %). */
export function remainingMs(fraction: number | undefined, elapsedMs: number): number | undefined {
  if (fraction === undefined || fraction < 0.005 || elapsedMs < 1000) return undefined;
  return (elapsedMs * (1 - fraction)) / fraction;
}

/** "45 s", "3 min 05 s", "2 h 07 min". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** `[######······]` of `width` cells. */
export function bar(fraction: number, width = 20): string {
  const full = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'#'.repeat(full)}${'·'.repeat(width - full)}]`;
}

export interface ProgressState {
  read: number;
  written: number;
  unchanged: number;
  failed: number;
  elapsedMs: number;
  /** Share of the input consumed, when known. */
  fraction?: number;
}

/** One progress line. On a terminal with a known total it starts with a bar. */
export function progressLine(p: ProgressState, options: { tty: boolean }): string {
  const rate = p.read / Math.max(0.001, p.elapsedMs / 1000);
  const parts = [
    `${p.read} read, ${p.written} written, ${p.unchanged} unchanged, ${p.failed} failed`,
    `${rate.toFixed(1)} articles/s`,
    formatDuration(p.elapsedMs),
  ];
  const left = remainingMs(p.fraction, p.elapsedMs);
  if (p.fraction !== undefined) parts.push(`${Math.floor(p.fraction * 100)} %`);
  if (left !== undefined) parts.push(`ETA ${formatDuration(left)}`);
  const line = parts.join(' · ');
  return options.tty && p.fraction !== undefined ? `${bar(p.fraction)} ${line}` : line;
}
