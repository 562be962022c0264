/** The dates stage; see dates/index.ts. */
export { dates } from './dates/index.js';
