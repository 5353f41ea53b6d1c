// The builtin dialect: `builtin.module` and `builtin.unrealized_conversion_cast`.
import { makeDialect, makeOpInfo, type Dialect } from '../../lib/ir/index.js';
import { builtinParseHooks } from './parse.js';
import { builtinPrintHooks } from './print.js';
import { builtinInvariantHooks, builtinVerifyHooks } from './verify.js';

/** Builds the builtin dialect; its ops may be written without the `builtin.` prefix everywhere. */
export function loadBuiltinDialect(): Dialect {
  return makeDialect('builtin', [
    makeOpInfo({
      name: 'builtin.module',
      // In MLIR's order, which is the order the verifier checks them in.
      traits: [
        'OneRegion', 'ZeroResults', 'ZeroSuccessors', 'ZeroOperands', 'NoRegionArguments', 'NoTerminator', 'SingleBlock',
        'OpInvariants', 'AffineScope', 'IsolatedFromAbove', 'SymbolTable', 'Symbol', 'OptionalSymbol', 'RegionKindInterface',
        'HasOnlyGraphRegion',
      ],
      propertyNames: ['sym_name', 'sym_visibility'],
      defaultDialect: 'builtin',
      parse: builtinParseHooks.module,
      print: builtinPrintHooks.module,
      verifyInvariants: builtinInvariantHooks.module,
      verify: builtinVerifyHooks.module,
    }),
    makeOpInfo({
      name: 'builtin.unrealized_conversion_cast',
      traits: ['ZeroRegions', 'ZeroSuccessors', 'OpInvariants', 'Pure', 'CastOpInterface'],
      parse: builtinParseHooks.unrealized_conversion_cast,
      print: builtinPrintHooks.unrealized_conversion_cast,
      verify: builtinVerifyHooks.unrealized_conversion_cast,
    }),
  ]);
}
