/**
 * The state the analysis stages share while reading one article. Each stage reads
 * what earlier stages wrote and appends its own findings; `analyse()` turns the
 * finished context into an `AnalysedArticle`.
 */
import type { AnalysedArticle, Article } from '../types.js';
import { tokenize, type TokenLayer } from './nlp.js';

export interface AnalysisContext extends TokenLayer, Omit<AnalysedArticle, 'sentences'> {
  /**
   * The article's text (`article.text`), which every offset points into. Read it here: articles
   * come in several shapes (optional url, publisher, language), the context in one.
   */
  text: string;
  /** Publication date as `YYYY-MM-DD` (the anchor for relative dates). */
  anchor: string;
}

/** A fresh context for `article`: its token layer, nothing found yet. `layer` may be given when already computed. */
export function createContext(article: Article, layer: TokenLayer = tokenize(article.text)): AnalysisContext {
  // Fields listed one by one, not spread: the context is created per article and read by every stage.
  return {
    tokens: layer.tokens,
    sentences: layer.sentences,
    sentenceTokens: layer.sentenceTokens,
    article,
    text: article.text,
    anchor: article.publishedAt.slice(0, 10),
    mentions: [],
    entities: [],
    dates: [],
    events: [],
    relations: [],
    quotes: [],
    diagnostics: [],
  };
}

/** One step of the analysis pipeline: reads the context, appends to it. Pure apart from that. */
export interface Stage {
  /** Used in diagnostics origins and debug logs. */
  name: string;
  run(ctx: AnalysisContext): void;
}
