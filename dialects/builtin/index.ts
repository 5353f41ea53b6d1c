// The builtin dialect: `builtin.module` and `builtin.unrealized_conversion_cast`.
import { makeDialect, makeOpInfo, type Dialect } from '../../lib/ir/index.js';
import { builtinParseHooks } from './parse.js';
import { builtinPrintHooks } from './print.js';
import { builtinVerifyHooks } from './verify.js';

/** Builds the builtin dialect; its ops may be written without the `builtin.` prefix everywhere. */
export function loadBuiltinDialect(): Dialect {
  return makeDialect('builtin', [
    makeOpInfo({
      name: 'builtin.module',
      traits: ['SymbolTable', 'IsolatedFromAbove', 'NoTerminator', 'NoRegionArguments', 'SingleBlock', 'Symbol', 'OptionalSymbol'],
      propertyNames: ['sym_name', 'sym_visibility'],
      defaultDialect: 'builtin',
      parse: builtinParseHooks.module,
      print: builtinPrintHooks.module,
      verify: builtinVerifyHooks.module,
    }),
    makeOpInfo({
      name: 'builtin.unrealized_conversion_cast',
      traits: ['Pure'],
      parse: builtinParseHooks.unrealized_conversion_cast,
      print: builtinPrintHooks.unrealized_conversion_cast,
    }),
  ]);
}
