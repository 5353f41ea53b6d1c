// Custom (pretty) syntax parsers of the builtin dialect's ops, as MLIR 22 accepts them.
import { Block, Region, StringAttr, type OpAsmParser, type OperationState } from '../../lib/ir/index.js';

/** The builtin ops that have a custom syntax. */
export type BuiltinOpMnemonic = 'module' | 'unrealized_conversion_cast';

/** `builtin.module @name? (attributes {...})? { body }` */
function parseModule(parser: OpAsmParser, state: OperationState): void {
  const name = parser.parseOptionalSymbolName();
  if (name !== undefined) state.properties.push({ name: 'sym_name', value: StringAttr.get(parser.context, name) });
  state.attributes.push(...parser.parseOptionalAttrDictWithKeyword());
  const body = new Region();
  parser.parseRegion(body);
  // The body is a single block even when written `{}`.
  if (body.empty) body.push(new Block());
  state.regions.push(body);
}

/** `builtin.unrealized_conversion_cast (%in, ... : types)? to types attr-dict` */
function parseUnrealizedConversionCast(parser: OpAsmParser, state: OperationState): void {
  const at = parser.currentOffset();
  const inputs = parser.parseOperandList();
  const types = inputs.length ? parser.parseColonTypeList() : [];
  parser.parseKeyword('to');
  state.resultTypes.push(...parser.parseTypeList());
  state.attributes.push(...parser.parseOptionalAttrDict());
  state.operands.push(...parser.resolveOperands(inputs, types, at));
}

/** Parse hooks by op mnemonic. */
export const builtinParseHooks: Partial<Record<BuiltinOpMnemonic, (parser: OpAsmParser, state: OperationState) => void>> = {
  module: parseModule,
  unrealized_conversion_cast: parseUnrealizedConversionCast,
};
