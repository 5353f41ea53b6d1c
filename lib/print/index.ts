// The printer's public entry points: operations, types and attributes as mlir-opt prints them.
// Loading this module installs the printers behind Type/Attribute/Operation `toString`.
import { setTypeStringifier, type Type } from '../ir/types.js';
import { setAttributeStringifier, type Attribute } from '../ir/attributes.js';
import { setOperationStringifier, type Operation } from '../ir/operation.js';
import { aliasableMade } from '../ir/aliasable.js';
import { AliasCollector, type AliasDefinition, type AliasTable } from './aliases.js';
import { AliasPrecheck } from './alias-precheck.js';
import { AttrTypePrinter, canonicalAttr } from './attr-type.js';
import { SSANameState } from './names.js';
import { OperationPrinter } from './printer.js';

export { registerAsmResultNames, type AsmResultNamer } from './asm-names.js';
export { formatFloat } from './float.js';
export { escapeString, keywordOrString } from './text.js';
import { escapeString, keywordOrString } from './text.js';

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
  /**
   * The file's `{-# dialect_resources, external_resources #-}` entries (what lib/parse's
   * `fileResources` holds for a parsed module): printed after the op, builtin blobs only
   * when a `dense_resource` refers to them, as mlir-opt does.
   */
  readonly resources?: ResourceSections;
}

/** Resource entries by section: dialect or external name, then key, then value text. */
export interface ResourceSections {
  readonly dialect: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly external: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const EMPTY_ALIASES: AliasTable = { names: { get: () => undefined }, leading: [], trailing: [] };

/** The defaults: custom form, no locations, aliases, no elision. */
export const DEFAULT_PRINT_OPTIONS: PrintOptions = Object.freeze({});

/**
 * Prints `op` (normally a module) as mlir-opt writes it: alias definitions, the op and its
 * regions, then location aliases (with debugInfo). The text ends with one newline (none with
 * printLocalScope); mlir-opt writes one more after it.
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
  // Local scope prints no aliases. Without debug info (which aliases op locations), IR with
  // nothing aliasable skips the ordered alias walk: certainly so while nothing aliasable was
  // ever made, and otherwise when the naming walk, checking each op, finds nothing.
  const mayAlias = !options.printLocalScope && !debugInfo && aliasableMade();
  const precheck = mayAlias ? new AliasPrecheck(op.context) : null;
  const names = new SSANameState(op, generic, precheck ? (o) => precheck.visit(o) : undefined);
  const table = options.printLocalScope ? null : debugInfo || precheck?.found ? collectAliases(op, generic, debugInfo) : EMPTY_ALIASES;
  const at = new AttrTypePrinter(table?.names, options);
  const printer = new OperationPrinter(op.context, at, names, generic, debugInfo, sink);
  if (table) printAliasDefinitions(printer, at, table.leading);
  printer.fullOperation(op);
  // As MLIR's Operation::print, a local-scope print is just the op: no final newline, no
  // aliases, no file metadata.
  if (table) {
    printer.write('\n');
    printAliasDefinitions(printer, at, table.trailing);
    if (options.resources) printer.write(resourceText(options.resources, at.usedResources));
  }
  printer.finish();
}

function collectAliases(op: Operation, generic: boolean, debugInfo: boolean): AliasTable {
  const collector = new AliasCollector(op.context, generic, debugInfo);
  collector.operation(op);
  return collector.finish();
}

function printAliasDefinitions(printer: OperationPrinter, at: AttrTypePrinter, definitions: readonly AliasDefinition[]): void {
  for (const d of definitions) {
    const body = d.isType ? at.typeImpl(d.key as Type) : at.attrImpl(d.key as Attribute);
    printer.write(`${d.name} = ${body}\n`);
    printer.maybeFlush();
  }
}

/** The `{-# ... #-}` file metadata, or nothing when no entry is printed. */
function resourceText(resources: ResourceSections, used: ReadonlySet<string>): string {
  const value = (v: string): string => (v === 'true' || v === 'false' ? v : escapeString(v));
  const section = (name: string, groups: ReadonlyMap<string, ReadonlyMap<string, string>>, keep: (key: string) => boolean): string | null => {
    const parts: string[] = [];
    for (const [group, entries] of groups) {
      const kept = [...entries].filter(([k]) => keep(k));
      if (kept.length === 0) continue;
      const body = kept.map(([k, v]) => `      ${keywordOrString(k)}: ${value(v)}`).join(',\n');
      parts.push(`    ${group}: {\n${body}\n    }`);
    }
    return parts.length ? `  ${name}: {\n${parts.join(',\n')}\n  }` : null;
  };
  const sections = [
    section('dialect_resources', resources.dialect, (k) => used.has(k)),
    section('external_resources', resources.external, () => true),
  ].filter((x): x is string => x !== null);
  return sections.length ? `\n{-#\n${sections.join(',\n')}\n#-}\n` : '';
}

// Without aliases a type or attribute prints as its own syntax: `printType` and `printAttribute`
// call the printer's Impl directly, not through its caches, which a printer used once would
// only fill (a result name hint like `c0_i32` prints its type for every constant).

/** A type as MLIR prints it, without aliases. */
export function printType(t: Type): string {
  return new AttrTypePrinter().typeImpl(t);
}

/** An attribute as MLIR prints it (with its `: type` suffix), without aliases. */
export function printAttribute(a: Attribute): string {
  return new AttrTypePrinter().attrImpl(canonicalAttr(a));
}

/**
 * The generic form of one op in local scope, as MLIR's `see current operation` notes show
 * it: values are numbered from the closest isolated-from-above ancestor (or the top), no
 * aliases, large elements elided, no final newline.
 */
export function printOperationForDiagnostic(op: Operation): string {
  let root = op;
  while (!root.hasTrait('IsolatedFromAbove') && root.parentOp) root = root.parentOp;
  const chunks: string[] = [];
  const at = new AttrTypePrinter(undefined, { elideElementsAttrsIfLarger: 16 });
  const printer = new OperationPrinter(op.context, at, new SSANameState(root, true), true, false, (c) => chunks.push(c));
  printer.fullOperation(op);
  printer.finish();
  return chunks.join('');
}

setTypeStringifier(printType);
setAttributeStringifier(printAttribute);
setOperationStringifier(printOperationForDiagnostic);
