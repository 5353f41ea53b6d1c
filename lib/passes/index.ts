// The generic passes, registered together (dlc-opt calls registerGenericPasses at start-up).
import { registerPass } from '../pass/registry.js';
import { canonicalizePass } from './canonicalize.js';
import { csePass } from './cse.js';
import { dcePass } from './dce.js';
import { printOpStatsPass } from './print-op-stats.js';
import { stripDebugInfoPass } from './strip-debuginfo.js';
import { symbolDcePass } from './symbol-dce.js';
import { symbolPrivatizePass } from './symbol-privatize.js';
import { inlinePass } from './inline.js';
import { licmPass } from './licm.js';
import { testPrintLivenessPass } from './test-print-liveness.js';
import { viewOpGraphPass } from './view-op-graph.js';
import { sccpPass } from './sccp.js';
import { removeDeadValuesPass } from './remove-dead-values.js';

export { canonicalizePass, csePass, dcePass, printOpStatsPass, stripDebugInfoPass, symbolDcePass, symbolPrivatizePass };
export { inlinePass, licmPass, testPrintLivenessPass, viewOpGraphPass, sccpPass, removeDeadValuesPass };
export { propagateConstants } from './sccp.js';
export { inlineCall } from './inline.js';
export { hoistLoopInvariants } from './licm.js';
export { Liveness, type BlockLiveness } from './liveness.js';
export { opGraph } from './view-op-graph.js';
export { eliminateCommonSubexpressions } from './cse.js';
export { eraseDeadOps } from './dce.js';

let registered = false;

/** Registers every generic pass (idempotent). */
export function registerGenericPasses(): void {
  if (registered) return;
  registered = true;
  registerPass(canonicalizePass);
  registerPass(csePass);
  registerPass(dcePass);
  registerPass(printOpStatsPass);
  registerPass(stripDebugInfoPass);
  registerPass(symbolDcePass);
  registerPass(symbolPrivatizePass);
  registerPass(inlinePass);
  registerPass(licmPass);
  registerPass(testPrintLivenessPass);
  registerPass(viewOpGraphPass);
  registerPass(sccpPass);
  registerPass(removeDeadValuesPass);
}
