/** Reading the end of a log file without loading a large one whole. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The last `count` lines of a text file ('' when it does not exist). Reads at most the last `maxBytes`. */
export function tailLines(file: string, count: number, maxBytes = 1024 * 1024): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return '';
  }
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, maxBytes);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    return lastLines(buffer.toString('utf8'), count);
  } finally {
    closeSync(fd);
  }
}

/** The last `count` lines of `text`, with its final newline (if any) kept. */
export function lastLines(text: string, count: number): string {
  if (count <= 0) return '';
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const lines = body.split('\n');
  const tail = lines.slice(Math.max(0, lines.length - count)).join('\n');
  return text.endsWith('\n') ? `${tail}\n` : tail;
}
