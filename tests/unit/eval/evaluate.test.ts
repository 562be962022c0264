import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { register } from '../../../src/cli/commands/eval.js';
import { InputError } from '../../../src/errors.js';
import { evaluateMeantime, formatReport } from '../../../src/eval/index.js';

const FOLDER = fileURLToPath(new URL('./fixtures/', import.meta.url));

describe('evaluateMeantime', () => {
  it('scores a folder of CAT files end to end', async () => {
    const report = await evaluateMeantime([FOLDER]);
    expect(report.documents).toBe(1);
    // "on Tuesday" in a Thursday 2008-03-06 article, past tense: 2008-03-04, as annotated.
    expect(report.system.dates).toEqual({ recall: 1, accuracy: 1, precision: 1, calendarRecall: 1 });
    for (const side of [report.system, report.peer]) {
      for (const mode of [side.strict, side.lenient]) {
        expect(Object.keys(mode)).toEqual(['PER', 'ORG', 'LOC', 'micro']);
        for (const s of Object.values(mode)) for (const x of Object.values(s)) expect(x).toBeGreaterThanOrEqual(0);
      }
    }
    expect(formatReport(report)).toContain('CC BY 4.0');
  });

  it('names a missing folder', async () => {
    await expect(evaluateMeantime(['/no/such/folder'])).rejects.toThrow(InputError);
  });
});

describe('newsgraph eval meantime --json', () => {
  it('prints exactly one JSON object of the documented shape', async () => {
    const program = new Command().exitOverride();
    register(program);
    const out: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    try {
      await program.parseAsync(['node', 'newsgraph', 'eval', 'meantime', FOLDER, '--json']);
    } finally {
      write.mockRestore();
    }
    const parsed = JSON.parse(out.join(''));
    expect(Object.keys(parsed)).toEqual(['documents', 'system', 'peer', 'resolution']);
    expect(Object.keys(parsed.system)).toEqual(['strict', 'lenient', 'dates']);
    expect(Object.keys(parsed.peer)).toEqual(['strict', 'lenient']);
    expect(Object.keys(parsed.system.strict.PER)).toEqual(['precision', 'recall', 'f1']);
  });
});
