import type { Stage } from './context.js';

// Placeholder until the stage is written (work in progress, not a finished stage).
export const dates: Stage = { name: 'dates', run: () => {} };
