// Golden-file maintenance for lit tests: regenerate CHECK lines from a tool's current output.

export { generateChecks, type CheckBlock } from './generate.js';
export { checkLineRegex, rewriteChecks } from './rewrite.js';
export { checkedRuns, updateTest, UpdateError, type CheckedRun, type UpdateResult } from './update.js';
export { updateChecksMain, USAGE } from './cli.js';
