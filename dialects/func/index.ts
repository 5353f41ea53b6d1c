// The func dialect: functions, calls and returns.
import { makeDialect, makeOpInfo, type Dialect } from '../../lib/ir/index.js';
import { funcParseHooks } from './parse.js';
import { funcPrintHooks } from './print.js';
import { funcVerifyHooks } from './verify.js';

/** Builds the func dialect. */
export function loadFuncDialect(): Dialect {
  return makeDialect('func', [
    makeOpInfo({
      name: 'func.func',
      traits: ['IsolatedFromAbove', 'Symbol', 'FunctionOpInterface', 'CallableOpInterface', 'AutomaticAllocationScope', 'AffineScope'],
      propertyNames: ['sym_name', 'function_type', 'sym_visibility', 'arg_attrs', 'res_attrs', 'no_inline'],
      defaultDialect: 'func',
      parse: funcParseHooks.func,
      print: funcPrintHooks.func,
      verify: funcVerifyHooks.func,
    }),
    makeOpInfo({
      name: 'func.return',
      traits: ['Pure', 'Terminator', 'ReturnLike', 'HasParent(func.func)'],
      parse: funcParseHooks.return,
      print: funcPrintHooks.return,
      verify: funcVerifyHooks.return,
    }),
    makeOpInfo({
      name: 'func.call',
      traits: ['CallOpInterface', 'SymbolUserOpInterface'],
      propertyNames: ['callee', 'arg_attrs', 'res_attrs', 'no_inline'],
      parse: funcParseHooks.call,
      print: funcPrintHooks.call,
      verify: funcVerifyHooks.call,
    }),
    makeOpInfo({
      name: 'func.call_indirect',
      traits: ['CallOpInterface'],
      propertyNames: ['arg_attrs', 'res_attrs'],
      parse: funcParseHooks.call_indirect,
      print: funcPrintHooks.call_indirect,
      verify: funcVerifyHooks.call_indirect,
    }),
    makeOpInfo({
      name: 'func.constant',
      traits: ['Pure', 'ConstantLike', 'SymbolUserOpInterface'],
      propertyNames: ['value'],
      parse: funcParseHooks.constant,
      print: funcPrintHooks.constant,
      verify: funcVerifyHooks.constant,
    }),
  ]);
}
