// Custom (pretty) syntax parsers of the func dialect's ops, as MLIR 22 accepts them.
import {
  ArrayAttr, DictionaryAttr, FunctionType, Region, StringAttr, TypeAttr,
  type NamedAttribute, type OpAsmParser, type OperationState, type ParsedArgument, type Type, type UnresolvedOperand,
} from '../../lib/ir/index.js';

/** The func ops that have a custom syntax. */
export type FuncOpMnemonic = 'func' | 'return' | 'call' | 'call_indirect' | 'constant';

const VISIBILITIES = ['public', 'private', 'nested'] as const;

/**
 * `func.func visibility? @name(args) (-> results)? (attributes {...})? region?`, MLIR's
 * function_interface_impl::parseFunctionOp: arguments are all named (`%a: i32 {attrs}`) or all
 * bare types (an external declaration), results may carry attribute dictionaries.
 */
function parseFunc(parser: OpAsmParser, state: OperationState): void {
  const ctx = parser.context;
  const visibility = parser.parseOptionalKeyword(VISIBILITIES);
  if (visibility) state.properties.push({ name: 'sym_visibility', value: StringAttr.get(ctx, visibility) });
  state.properties.push({ name: 'sym_name', value: StringAttr.get(ctx, parser.parseSymbolName()) });
  const args = parseFunctionArguments(parser);
  const results: Type[] = [];
  const resultAttrs: (DictionaryAttr | null)[] = [];
  if (parser.parseOptionalPunct('->')) parseFunctionResults(parser, results, resultAttrs);
  const argTypes = args.map((a) => a.type!);
  state.properties.push({ name: 'function_type', value: TypeAttr.get(FunctionType.get(ctx, argTypes, results)) });
  const dictAt = parser.currentOffset();
  const attrs = parser.parseOptionalAttrDictWithKeyword();
  for (const inferred of ['sym_visibility', 'sym_name', 'function_type']) {
    if (attrs.some((a) => a.name === inferred)) {
      throw parser.error(dictAt, `'${inferred}' is an inferred attribute and should not be specified in the explicit attribute dictionary`);
    }
  }
  state.attributes.push(...attrs);
  addArgAndResultAttrs(parser, state, args.map((a) => a.attrs), resultAttrs);
  const body = new Region();
  const bodyAt = parser.currentOffset();
  if (parser.parseOptionalRegion(body, args) && body.empty) throw parser.error(bodyAt, 'expected non-empty function body');
  state.regions.push(body);
}

function parseFunctionArguments(parser: OpAsmParser): ParsedArgument[] {
  const args: ParsedArgument[] = [];
  parser.parsePunct('(');
  if (parser.parseOptionalPunct(')')) return args;
  do {
    const at = parser.currentOffset();
    const named = parser.parseOptionalArgument(true, true);
    if (named) {
      if (args.length && args[args.length - 1].ssa.name === '') throw parser.error(named.ssa.offset, 'expected type instead of SSA identifier');
      args.push(named);
      continue;
    }
    if (args.length && args[args.length - 1].ssa.name !== '') throw parser.error(at, 'expected SSA identifier');
    const type = parser.parseType();
    const attrs = parser.parseOptionalAttrDict();
    const location = parser.parseOptionalLocationSpecifier() ?? null;
    args.push({
      ssa: { name: '', resultNumber: 0, offset: at },
      type,
      attrs: attrs.length ? DictionaryAttr.get(parser.context, attrs) : null,
      location,
    });
  } while (parser.parseOptionalPunct(','));
  parser.parsePunct(')');
  return args;
}

function parseFunctionResults(parser: OpAsmParser, results: Type[], resultAttrs: (DictionaryAttr | null)[]): void {
  if (!parser.parseOptionalPunct('(')) {
    results.push(parser.parseType());
    resultAttrs.push(null);
    return;
  }
  if (parser.parseOptionalPunct(')')) return;
  do {
    results.push(parser.parseType());
    const attrs = parser.parseOptionalAttrDict();
    resultAttrs.push(attrs.length ? DictionaryAttr.get(parser.context, attrs) : null);
  } while (parser.parseOptionalPunct(','));
  parser.parsePunct(')');
}

/** `arg_attrs` / `res_attrs`: one dictionary per argument or result, set only when one is non-empty. */
function addArgAndResultAttrs(
  parser: OpAsmParser,
  state: OperationState,
  argAttrs: readonly (DictionaryAttr | null)[],
  resultAttrs: readonly (DictionaryAttr | null)[],
): void {
  const ctx = parser.context;
  const build = (name: string, list: readonly (DictionaryAttr | null)[]): NamedAttribute[] =>
    list.some((d) => d && d.size)
      ? [{ name, value: ArrayAttr.get(ctx, list.map((d) => d ?? DictionaryAttr.get(ctx, []))) }]
      : [];
  state.properties.push(...build('arg_attrs', argAttrs), ...build('res_attrs', resultAttrs));
}

/** `func.return attr-dict (%operands : types)?` */
function parseReturn(parser: OpAsmParser, state: OperationState): void {
  state.attributes.push(...parser.parseOptionalAttrDict());
  const at = parser.currentOffset();
  const operands = parser.parseOperandList();
  if (operands.length) state.operands.push(...parser.resolveOperands(operands, parser.parseColonTypeList(), at));
}

/** `(%args) attr-dict : (types) -> results`, the part both calls share (the callee value comes first). */
function parseCallArguments(parser: OpAsmParser, state: OperationState, calleeOperand?: UnresolvedOperand): void {
  // The declarative format reads `(`, an undelimited operand list, then `)`.
  parser.parsePunct('(');
  const at = parser.currentOffset();
  const operands = parser.parseOperandList();
  parser.parsePunct(')');
  state.attributes.push(...parser.parseOptionalAttrDict());
  parser.parsePunct(':');
  const type = parser.parseFunctionTypeValue();
  state.resultTypes.push(...type.results);
  if (calleeOperand) state.operands.push(parser.resolveOperand(calleeOperand, type));
  state.operands.push(...parser.resolveOperands(operands, type.inputs, at));
}

/** `func.call @callee(%args) attr-dict : (types) -> results` */
function parseCall(parser: OpAsmParser, state: OperationState): void {
  state.properties.push({ name: 'callee', value: parser.parseSymbolRefAttr(true) });
  parseCallArguments(parser, state);
}

/** `func.call_indirect %callee(%args) attr-dict : type($callee)` */
function parseCallIndirect(parser: OpAsmParser, state: OperationState): void {
  parseCallArguments(parser, state, parser.parseOperand());
}

/** `func.constant attr-dict @f : type` */
function parseConstant(parser: OpAsmParser, state: OperationState): void {
  state.attributes.push(...parser.parseOptionalAttrDict());
  state.properties.push({ name: 'value', value: parser.parseSymbolRefAttr(true) });
  state.resultTypes.push(parser.parseColonType());
}

/** Parse hooks by op mnemonic. */
export const funcParseHooks: Partial<Record<FuncOpMnemonic, (parser: OpAsmParser, state: OperationState) => void>> = {
  func: parseFunc,
  return: parseReturn,
  call: parseCall,
  call_indirect: parseCallIndirect,
  constant: parseConstant,
};
