// Compiles an assembly format string once, when the op is defined: parse, check, then build the
// parse and print hooks (on first use) from the same elements, so the two cannot disagree.
import type { OpAsmParser, OpAsmPrinter, Operation, OperationState } from '../../ir/index.js';
import { definitionError, type OpModel } from '../model.js';
import type { CustomDirective } from '../spec.js';
import { checkFormat } from './check.js';
import { FormatError, parseFormat } from './parse-format.js';
import { compileParser } from './parse.js';
import { compilePrinter } from './print.js';

/** The hooks compiled from a format. */
export interface CompiledFormat {
  parse(p: OpAsmParser, state: OperationState): void;
  print(op: Operation, p: OpAsmPrinter): void;
  /** Names used in `custom<Name>(...)`, to be bound by the dialect. */
  readonly customNames: ReadonlySet<string>;
}

/**
 * Compiles `format` for op `m`. Throws an Error naming the op, quoting the format and pointing
 * at the column when the mistake has one.
 */
export function compileFormat(format: string, m: OpModel, customs: ReadonlyMap<string, CustomDirective>): CompiledFormat {
  try {
    const elements = parseFormat(format, m);
    const plan = checkFormat(elements, m);
    // The hooks are built on first use: every op of every dialect is defined when the tool
    // starts, and most files use a few of them (checking above stays eager, for its errors).
    let parse: CompiledFormat['parse'] | null = null;
    let print: CompiledFormat['print'] | null = null;
    return {
      parse: (p, state) => (parse ??= compileParser(m, plan, customs))(p, state),
      print: (op, p) => (print ??= compilePrinter(m, plan, customs))(op, p),
      customNames: plan.customNames,
    };
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    const where = e.at > 0 ? ` (at column ${e.at + 1} of \`${format}\`)` : ` in \`${format}\``;
    throw definitionError(m.name, `assembly format: ${e.message}${where}`);
  }
}
