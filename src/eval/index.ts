/** Evaluation of the extractor against annotated corpora. */
export { evaluateGroups, evaluateMeantime, readGroup, type EvalReport } from './meantime/evaluate.js';
export { formatReport } from './report.js';
