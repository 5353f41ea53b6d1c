// The func dialect: functions, calls and returns.
import { makeDialect, makeOpInfo, type Dialect } from '../../lib/ir/index.js';
import { funcParseHooks } from './parse.js';
import { funcPrintHooks } from './print.js';
import { funcInvariantHooks, funcSymbolUseHooks, funcVerifyHooks } from './verify.js';
import { registerFuncCanonicalization } from './canonicalize.js';

/** Builds the func dialect. */
export function loadFuncDialect(): Dialect {
  registerFuncCanonicalization();
  return makeDialect('func', [
    makeOpInfo({
      name: 'func.func',
      // Traits are in MLIR's order, which is the order the verifier checks them in.
      traits: [
        'OneRegion', 'ZeroResults', 'ZeroSuccessors', 'ZeroOperands', 'OpInvariants', 'AffineScope', 'AutomaticAllocationScope',
        'Symbol', 'CallableOpInterface', 'FunctionOpInterface', 'IsolatedFromAbove',
      ],
      propertyNames: ['sym_name', 'function_type', 'sym_visibility', 'arg_attrs', 'res_attrs', 'no_inline'],
      defaultDialect: 'func',
      parse: funcParseHooks.func,
      print: funcPrintHooks.func,
      verifyInvariants: funcInvariantHooks.func,
      verify: funcVerifyHooks.func,
    }),
    makeOpInfo({
      name: 'func.return',
      traits: ['ZeroRegions', 'ZeroResults', 'ZeroSuccessors', 'HasParent(func.func)', 'OpInvariants', 'Pure', 'ReturnLike', 'Terminator'],
      parse: funcParseHooks.return,
      print: funcPrintHooks.return,
      verify: funcVerifyHooks.return,
    }),
    makeOpInfo({
      name: 'func.call',
      traits: ['ZeroRegions', 'ZeroSuccessors', 'OpInvariants', 'SymbolUserOpInterface', 'CallOpInterface'],
      propertyNames: ['callee', 'arg_attrs', 'res_attrs', 'no_inline'],
      parse: funcParseHooks.call,
      print: funcPrintHooks.call,
      verifyInvariants: funcInvariantHooks.call,
      verify: funcVerifyHooks.call,
      verifySymbolUses: funcSymbolUseHooks.call,
    }),
    makeOpInfo({
      name: 'func.call_indirect',
      traits: ['ZeroRegions', 'ZeroSuccessors', 'AtLeastNOperands(1)', 'OpInvariants', 'CallOpInterface'],
      propertyNames: ['arg_attrs', 'res_attrs'],
      parse: funcParseHooks.call_indirect,
      print: funcPrintHooks.call_indirect,
      verifyInvariants: funcInvariantHooks.call_indirect,
      verify: funcVerifyHooks.call_indirect,
    }),
    makeOpInfo({
      name: 'func.constant',
      traits: ['ZeroRegions', 'OneResult', 'ZeroSuccessors', 'ZeroOperands', 'OpInvariants', 'Pure', 'ConstantLike', 'SymbolUserOpInterface'],
      propertyNames: ['value'],
      parse: funcParseHooks.constant,
      print: funcPrintHooks.constant,
      verifyInvariants: funcInvariantHooks.constant,
      verify: funcVerifyHooks.constant,
      verifySymbolUses: funcSymbolUseHooks.constant,
    }),
  ]);
}
