/** The ingest progress line: bytes consumed, ETA and formatting (src/cli/progress.ts). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bar, countLines, formatDuration, InputMeter, measureInputs, progressLine, remainingMs, splitInput, type FileSize } from '../../../src/cli/progress.js';

const sizes = (files: Array<[string, FileSize]>, complete = true) => {
  const map = new Map(files);
  return { files: map, totalBytes: [...map.values()].reduce((n, f) => n + f.bytes, 0), complete };
};

describe('remainingMs', () => {
  it('extrapolates the time so far to the share left', () => {
    expect(remainingMs(0.25, 10_000)).toBe(30_000);
    expect(remainingMs(1, 10_000)).toBe(0);
  });

  it('gives no estimate without a total or before there is enough to go on', () => {
    expect(remainingMs(undefined, 10_000)).toBeUndefined();
    expect(remainingMs(0.001, 10_000)).toBeUndefined();
    expect(remainingMs(0.5, 200)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it('reads as seconds, minutes or hours', () => {
    expect(formatDuration(44_600)).toBe('45 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(7_620_000)).toBe('2 h 07 min');
    expect(formatDuration(-5)).toBe('0 s');
  });
});

describe('progressLine', () => {
  const base = { read: 200, written: 150, unchanged: 0, failed: 1, elapsedMs: 4000 };

  it('shows the bar, percentage and ETA when the share done is known', () => {
    const line = progressLine({ ...base, fraction: 0.4 }, { tty: true });
    expect(line).toBe(`${bar(0.4)} 200 read, 150 written, 0 unchanged, 1 failed · 50.0 articles/s · 4 s · 40 % · ETA 6 s`);
    expect(bar(0.4, 10)).toBe('[####······]');
  });

  it('omits the bar off a terminal and the ETA when the total is unknown', () => {
    expect(progressLine({ ...base, fraction: 0.4 }, { tty: false })).not.toContain('[');
    const unknown = progressLine(base, { tty: true });
    expect(unknown).toBe('200 read, 150 written, 0 unchanged, 1 failed · 50.0 articles/s · 4 s');
  });
});

describe('splitInput', () => {
  const files = new Map([['a/b.jsonl', 1], ['odd#name.txt', 1]]);
  it('separates the item index of a known file, and leaves other names whole', () => {
    expect(splitInput('a/b.jsonl#12', files)).toEqual({ file: 'a/b.jsonl', item: 12 });
    expect(splitInput('odd#name.txt', files)).toEqual({ file: 'odd#name.txt' });
    expect(splitInput('https://x.org/feed#3', files)).toEqual({ file: 'https://x.org/feed#3' });
  });
});

describe('InputMeter', () => {
  it('counts whole files as they are read and a JSON Lines file by its lines', () => {
    const meter = new InputMeter(sizes([['one.txt', { bytes: 100 }], ['many.jsonl', { bytes: 800, items: 8 }], ['two.html', { bytes: 100 }]]));
    expect(meter.fraction()).toBe(0);
    meter.see('one.txt');
    expect(meter.fraction()).toBeCloseTo(0.1);
    meter.see('many.jsonl#1'); // 2 of 8 lines
    expect(meter.fraction()).toBeCloseTo(0.3);
    meter.see('many.jsonl#7');
    expect(meter.fraction()).toBeCloseTo(0.9);
    meter.see('two.html');
    expect(meter.fraction()).toBe(1);
  });

  it('counts a feed when the next file starts, and waits for a JSON Lines count', () => {
    const meter = new InputMeter(sizes([['feed.xml', { bytes: 500 }], ['big.jsonl', { bytes: 500 }]]));
    meter.see('feed.xml#0');
    meter.see('feed.xml#9');
    expect(meter.fraction()).toBe(0);
    meter.see('big.jsonl#0');
    expect(meter.fraction()).toBeUndefined(); // lines not counted yet
  });

  it('knows no share when an input is stdin or a URL', () => {
    const meter = new InputMeter(sizes([['one.txt', { bytes: 100 }]], false));
    meter.see('one.txt');
    meter.see('stdin');
    expect(meter.fraction()).toBeUndefined();
  });
});

describe('measureInputs', () => {
  it('lists files as the readers name them, with sizes and JSON Lines counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-progress-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), 'x'.repeat(10));
    writeFileSync(join(dir, 'b.jsonl'), '{"a":1}\n\n  \n{"a":2}\n{"a":3}');
    writeFileSync(join(dir, 'ignored.bin'), 'x');
    const measured = await measureInputs([dir, join(dir, 'b.jsonl'), 'https://example.org/feed.xml']);
    await measured.counted;
    expect([...measured.files.keys()].map((p) => p.slice(dir.length))).toEqual(['/b.jsonl', '/sub/a.txt']);
    expect(measured.files.get(join(dir, 'b.jsonl'))).toEqual({ bytes: 27, items: 3 });
    expect(measured.totalBytes).toBe(37);
    expect(measured.complete).toBe(false);
  });

  it('counts non-blank lines, with or without a final newline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-lines-'));
    writeFileSync(join(dir, 'x.jsonl'), '1\n2\n');
    expect(await countLines(join(dir, 'x.jsonl'))).toBe(2);
    writeFileSync(join(dir, 'y.jsonl'), '1\r\n \r\n2');
    expect(await countLines(join(dir, 'y.jsonl'))).toBe(2);
  });
});
