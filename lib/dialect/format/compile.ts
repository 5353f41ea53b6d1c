// Compiles an assembly format string once, when the op's definition is completed (its first use,
// see defineOp): parse, check, then build the parse and print hooks (each on its own first use)
// from the same elements, so the two cannot disagree.
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
    // Each hook is built on its first use: a file that is only printed (an op built by a pass)
    // never needs the parser, one that is parsed and printed generically never needs the printer.
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
