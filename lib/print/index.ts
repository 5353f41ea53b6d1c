// The printer's public entry points: operations, types and attributes as mlir-opt prints them.
// Loading this module installs the printers behind Type/Attribute/Operation `toString`.
import { setTypeStringifier, type Type } from '../ir/types.js';
import { setAttributeStringifier, type Attribute } from '../ir/attributes.js';
import { setOperationStringifier, type Operation } from '../ir/operation.js';
import { AliasCollector, type AliasTable } from './aliases.js';
import { AttrTypePrinter } from './attr-type.js';
import { SSANameState } from './names.js';
import { OperationPrinter } from './printer.js';

export { registerAsmResultNames, type AsmResultNamer } from './asm-names.js';
export { formatFloat } from './float.js';
export { escapeString, keywordOrString } from './text.js';

/** How `printOperation` prints; the names follow mlir-opt's flags. */
export interface PrintOptions {
  /** `--mlir-print-op-generic`: every op in the generic form. */
  readonly generic?: boolean;
  /** `--mlir-print-debuginfo`: trailing `loc(...)` on ops and block arguments. */
  readonly debugInfo?: boolean;
  /** `--mlir-pretty-debuginfo`: locations without `loc(...)` (implies debugInfo). */
  readonly prettyDebugInfo?: boolean;
  /** `--mlir-print-local-scope`: no aliases; types and attributes print inline. */
  readonly printLocalScope?: boolean;
  /** `--mlir-elide-elementsattrs-if-larger=N` */
  readonly elideElementsAttrsIfLarger?: number;
}

/** The defaults: custom form, no locations, aliases, no elision. */
export const DEFAULT_PRINT_OPTIONS: PrintOptions = Object.freeze({});

/**
 * Prints `op` (normally a module) as mlir-opt writes it: alias definitions, the op and its
 * regions, then location aliases (with debugInfo). The text ends with one newline; mlir-opt
 * writes one more after it.
 */
export function printOperation(op: Operation, options: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  const chunks: string[] = [];
  printOperationTo(op, (chunk) => chunks.push(chunk), options);
  return chunks.join('');
}

/**
 * Prints `op` as printOperation does, handing the text to `sink` in chunks of about 64K
 * characters. Writing each chunk out as it comes keeps a large module's text from ever
 * being held whole, which at a million ops saves most of the garbage collector's time.
 */
export function printOperationTo(op: Operation, sink: (chunk: string) => void, options: PrintOptions = DEFAULT_PRINT_OPTIONS): void {
  const generic = options.generic ?? false;
  const debugInfo = (options.debugInfo ?? false) || (options.prettyDebugInfo ?? false);
  let table: AliasTable | null = null;
  if (!options.printLocalScope) {
    const collector = new AliasCollector(op.context, generic, debugInfo);
    collector.operation(op);
    table = collector.finish();
  }
  const at = new AttrTypePrinter(table?.names, options);
  const names = new SSANameState(op, generic);
  const printer = new OperationPrinter(op.context, at, names, generic, debugInfo, sink);
  if (table) printAliasDefinitions(printer, at, table.leading);
  printer.fullOperation(op);
  printer.write('\n');
  if (table) printAliasDefinitions(printer, at, table.trailing);
  printer.flush();
}

function printAliasDefinitions(printer: OperationPrinter, at: AttrTypePrinter, keys: readonly (Attribute | Type)[]): void {
  for (const key of keys) {
    const name = at.aliases.get(key)!;
    const body = name.startsWith('!') ? at.typeImpl(key as Type) : at.attrImpl(key as Attribute);
    printer.write(`${name} = ${body}\n`);
    printer.maybeFlush();
  }
}

/** A type as MLIR prints it, without aliases. */
export function printType(t: Type): string {
  return new AttrTypePrinter().type(t);
}

/** An attribute as MLIR prints it (with its `: type` suffix), without aliases. */
export function printAttribute(a: Attribute): string {
  return new AttrTypePrinter().attr(a);
}

/** The generic form of one op in local scope, as MLIR's `see current operation` notes show it. */
export function printOperationForDiagnostic(op: Operation): string {
  return printOperation(op, { generic: true, printLocalScope: true, elideElementsAttrsIfLarger: 16 }).replace(/\n$/, '');
}

setTypeStringifier(printType);
setAttributeStringifier(printAttribute);
setOperationStringifier(printOperationForDiagnostic);
