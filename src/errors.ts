/**
 * The one error family of newsgraph. Each error says what was expected and what was found;
 * the CLI maps them to one line and an exit code, the API to a GraphQL error without internals.
 */
export class NewsgraphError extends Error {
  /** Process exit code the CLI uses for it. */
  readonly exitCode: number = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An input that cannot be read as an article: names the input and the reason. */
export class InputError extends NewsgraphError {
  override readonly exitCode = 3;
  constructor(
    readonly input: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${input}: ${reason}`, options);
  }
}

/** Configuration or environment problem (missing Java, port taken, bad flag). */
export class ConfigError extends NewsgraphError {
  override readonly exitCode = 2;
}

/** The graph database refused or failed an operation. */
export class GraphError extends NewsgraphError {
  override readonly exitCode = 4;
}

/** The analysis of an article failed (a bug or a resource limit, not bad input). */
export class ExtractionError extends NewsgraphError {
  override readonly exitCode = 5;
}
