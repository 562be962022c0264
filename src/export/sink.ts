/** Text sinks over Node streams (stdout, files) that respect back-pressure, and an in-memory one. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { ConfigError } from '../errors.js';
import type { TextSink } from './model.js';

/** A sink over a writable stream: waits for 'drain' when the stream's buffer is full. */
export function streamSink(stream: Writable): TextSink {
  return {
    async write(chunk: string) {
      if (!chunk) return;
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
  };
}

/** A file opened for writing (UTF-8), and how to finish it. */
export function fileSink(path: string): { sink: TextSink; close(): Promise<void> } {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  const opened = once(stream, 'open').catch((error: Error) => {
    throw new ConfigError(`cannot write ${path}: ${error.message}`, { cause: error });
  });
  opened.catch(() => undefined); // awaited by write/close; this only keeps an early failure from being "unhandled"
  return {
    sink: {
      async write(chunk: string) {
        await opened;
        if (chunk && !stream.write(chunk)) await once(stream, 'drain');
      },
    },
    async close() {
      await opened;
      stream.end();
      await once(stream, 'finish');
    },
  };
}

/** Collects everything written: for tests and for callers that want a string. */
export function memorySink(): TextSink & { text(): string } {
  const parts: string[] = [];
  return {
    async write(chunk: string) {
      parts.push(chunk);
    },
    text: () => parts.join(''),
  };
}
