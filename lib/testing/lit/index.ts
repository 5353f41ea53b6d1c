// The lit runner as a library: discovery, directives, substitutions, the internal shell, scheduling, reports.

export { evaluateFeatureExpr } from './bool-expr.js';
export { litMain, parseLitArgs, UsageError, USAGE, type LitOptions } from './cli.js';
export {
  CONFIG_JS,
  CONFIG_JSON,
  ConfigError,
  SuiteCache,
  findSuiteRoot,
  loadSuiteConfig,
  type ConfigContext,
  type ConfigModule,
  type SuiteConfig,
  type SuiteConfigInput,
} from './config.js';
export { diffLines, formatHunks, unifiedDiff, type Edit } from './diff.js';
export { DirectiveError, parseDirectives, type RunLine, type TestDirectives } from './directives.js';
export { discoverTests, fullName, type LitTest } from './discovery.js';
export { RESULT_CODES, RESULT_LABELS, isFailure, isPass, type ResultCode, type TestResult } from './result.js';
export { execDir, runTest, scriptLines, testEnvironment, type RunOptions } from './run-test.js';
export { runTests, type ScheduleOptions } from './scheduler.js';
export { Shell } from './shell/execute.js';
export { parseShell, ShellSyntaxError, type ShellNode } from './shell/parse.js';
export { applySubstitutions, testSubstitutions, tmpPaths, type Substitutions } from './substitutions.js';
export { isLitWorker, runWorker } from './worker.js';
export { xunitXml } from './xunit.js';
