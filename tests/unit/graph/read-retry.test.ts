/**
 * Graph.read's retry policy (one auto-commit transaction per read, retried like a managed one on
 * transient errors). The policy, not the database, is under test here: the driver is a stand-in
 * that fails on cue. Reads against the real Neo4j are tested in tests/integration.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Graph } from '../../../src/graph/db.js';
import { GraphError } from '../../../src/errors.js';

/** A driver whose sessions throw `failures` in turn, then answer one record { x: 1 }. */
function failingDriver(failures: Error[]) {
  const calls = { runs: 0, closed: 0 };
  const driver = {
    executeQueryBookmarkManager: undefined,
    session: () => ({
      run: async () => {
        calls.runs++;
        const failure = failures.shift();
        if (failure) throw failure;
        return { records: [{ toObject: () => ({ x: neo4j.int(1) }) }] };
      },
      close: async () => void calls.closed++,
    }),
  } as unknown as Driver;
  return { driver, calls };
}

describe('Graph.read', () => {
  it('retries a transient error and answers, closing every session it opened', async () => {
    const { driver, calls } = failingDriver([new neo4j.Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '', '')]);
    expect(await new Graph(driver).read('RETURN 1 AS x')).toEqual([{ x: 1 }]);
    expect(calls).toEqual({ runs: 2, closed: 2 });
  });

  it('does not retry a client error: it names the Neo4j code at once', async () => {
    const { driver, calls } = failingDriver([new neo4j.Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '', '')]);
    const read = new Graph(driver).read('RETURN');
    await expect(read).rejects.toThrow(GraphError);
    await expect(read).rejects.toThrow(/Neo\.ClientError\.Statement\.SyntaxError/);
    expect(calls.runs).toBe(1);
  });

  it('gives up after a few transient errors in a row', async () => {
    const transient = () => new neo4j.Neo4jError('unavailable', 'Neo.TransientError.General.DatabaseUnavailable', '', '');
    const { driver, calls } = failingDriver(Array.from({ length: 10 }, transient));
    await expect(new Graph(driver).read('RETURN 1 AS x')).rejects.toThrow(/DatabaseUnavailable/);
    expect(calls.runs).toBe(4);
    expect(calls.closed).toBe(4);
  });
});
