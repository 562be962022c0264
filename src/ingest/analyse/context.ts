/**
 * The state the analysis stages share while reading one article. Each stage reads
 * what earlier stages wrote and appends its own findings; `analyse()` turns the
 * finished context into an `AnalysedArticle`.
 */
import type {
  Article,
  DateMention,
  Diagnostic,
  Entity,
  EventFact,
  Mention,
  Quote,
  Relation,
} from '../types.js';
import type { TokenLayer } from './nlp.js';

export interface AnalysisContext extends TokenLayer {
  article: Article;
  /** Publication date as `YYYY-MM-DD` (the anchor for relative dates). */
  anchor: string;
  mentions: Mention[];
  entities: Entity[];
  dates: DateMention[];
  events: EventFact[];
  relations: Relation[];
  quotes: Quote[];
  diagnostics: Diagnostic[];
}

/** One step of the analysis pipeline: reads the context, appends to it. Pure apart from that. */
export interface Stage {
  /** Used in diagnostics origins and debug logs. */
  name: string;
  run(ctx: AnalysisContext): void;
}
