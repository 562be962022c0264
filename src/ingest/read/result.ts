/**
 * What every reader hands back: one result per article it found in an input.
 * A bad input (or a bad item inside a JSON Lines file or a feed) is a failed result,
 * not a thrown error, so the good items of the same input still come out.
 */
import { InputError } from '../../errors.js';
import type { Article } from '../types.js';

export type ReadResult = { ok: true; article: Article } | { ok: false; error: InputError };

export function success(article: Article): ReadResult {
  return { ok: true, article };
}

export function failure(input: string, reason: string, cause?: unknown): ReadResult {
  return { ok: false, error: new InputError(input, reason, cause === undefined ? undefined : { cause }) };
}

/** Limits and switches shared by every reader. */
export interface ReadOptions {
  /** Largest article accepted, in bytes of its input (a file, a JSON Lines line, a feed item). Default 5 MB. */
  maxArticleBytes?: number;
  /** Largest file or download accepted when it may hold many articles (JSON array, feed). Default 100 MB. */
  maxFileBytes?: number;
  /** Timeout for fetching a URL, in milliseconds. Default 15 s. */
  fetchTimeoutMs?: number;
  /** Accept articles whatever their language (the language check is skipped). Default false. */
  anyLanguage?: boolean;
}

export interface Limits {
  maxArticleBytes: number;
  maxFileBytes: number;
  fetchTimeoutMs: number;
  anyLanguage: boolean;
}

export const MB = 1024 * 1024;

export function limitsOf(options: ReadOptions = {}): Limits {
  return {
    maxArticleBytes: options.maxArticleBytes ?? 5 * MB,
    maxFileBytes: options.maxFileBytes ?? 100 * MB,
    fetchTimeoutMs: options.fetchTimeoutMs ?? 15_000,
    anyLanguage: options.anyLanguage ?? false,
  };
}

/** "6.2 MB", "512 KB", "40 bytes": sizes as people read them in error messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${+(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** The reason used for any input over a size limit. */
export function tooLarge(bytes: number, limit: number, what: 'article' | 'file'): string {
  return `too large: ${formatBytes(bytes)}, the limit is ${formatBytes(limit)} per ${what}`;
}
