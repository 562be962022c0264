/**
 * The dates stage: every date expression of the article, resolved against its
 * publication date (`ctx.anchor`). Runs first; later stages date events from `ctx.dates`.
 * Expressions that name no calendar date ("now", "recently", "later") go to
 * `ctx.timeReferences` with TimeML's reference values (references.ts).
 *
 *   candidates (where: the calendar shapes of expressions.ts, bare years, quarters, seasons…)
 *     → tense (which way the governing verb points)
 *     → interpret (value and precision, past-biased for news)
 */
import type { DateMention } from '../../types.js';
import type { Stage } from '../context.js';
import { type Day, parseDay } from './calendar.js';
import { findCandidates } from './candidates.js';
import { interpret, VAGUE } from './interpret.js';
import { tenseAround } from './tense.js';

export { interpret } from './interpret.js';
export type { DateValue, Reading } from './interpret.js';

export const dates: Stage = {
  name: 'dates',
  run(ctx) {
    const anchor = parseDay(ctx.anchor);
    if (!anchor) {
      ctx.diagnostics.push({
        origin: 'dates:anchor',
        message: `publication date "${ctx.article.publishedAt}" is not YYYY-MM-DD…; relative dates left unresolved`,
        severity: 'warning',
        input: ctx.article.input,
      });
      return;
    }
    const text = ctx.text;
    // The last day-precision date and its sentence: "the following day" counts from it when it is
    // near (same or previous sentence); otherwise from the publication date.
    let previous: { day: Day; sentence: number } | undefined;
    for (const c of findCandidates(ctx)) {
      const first = ctx.tokens[c.first]!;
      const last = ctx.tokens[c.last]!;
      const expression = text.slice(first.start, last.end);
      const [sentenceFirst, sentenceLast] = ctx.sentenceTokens[first.sentence] ?? [c.first, c.last];
      const tense = tenseAround(ctx.tokens, c.first, c.last, sentenceFirst, sentenceLast);
      const near = previous && first.sentence - previous.sentence <= 1 ? { previous: previous.day } : {};
      const value = interpret(expression, { anchor, tense, ...near });
      if (!value) {
        if (!VAGUE.test(expression.toLowerCase())) {
          ctx.diagnostics.push({
            origin: 'dates:unresolved',
            message: `no date value for "${expression}" (sentence ${first.sentence})`,
            severity: 'info',
            input: ctx.article.input,
          });
        }
        continue;
      }
      const mention: DateMention = {
        start: first.start,
        end: last.end,
        sentence: first.sentence,
        text: expression,
        ...value,
      };
      // References ("now", "recently") are kept apart: the events stage dates events from ctx.dates.
      if (value.reference) (ctx.timeReferences ??= []).push(mention);
      else ctx.dates.push(mention);
      const day = value.precision === 'day' ? parseDay(value.value) : undefined;
      if (day) previous = { day, sentence: first.sentence };
    }
  },
};
