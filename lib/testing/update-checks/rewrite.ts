// Replaces a test file's check lines: old ones of the regenerated prefixes out, new blocks in beside their functions.

import type { CheckBlock } from './generate.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const FUNC_DEF = /^\s*(?:[\w$.-]+\.)?func\b[^@]*@("[^"]*"|[\w$.-]+)\s*\(/;

/** A matcher for the check lines of `prefixes` written after `comment` (any directive). */
export function checkLineRegex(comment: string, prefixes: readonly string[]): RegExp {
  const names = prefixes.map(escape).join('|');
  return new RegExp(`^\\s*${escape(comment)}\\s*(?:${names})(?:-(?:NEXT|SAME|NOT|DAG|LABEL|EMPTY|COUNT-\\d+))?:`);
}

/** Drops check lines, and blank lines that only separated check lines; returns where the first one stood. */
function removeChecks(lines: readonly string[], isCheck: RegExp): { kept: string[]; firstRemoved?: number } {
  const check = lines.map((l) => isCheck.test(l));
  const kept: string[] = [];
  let firstRemoved: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    let drop = check[i]!;
    if (!drop && lines[i]!.trim() === '') {
      let before = i - 1;
      while (before >= 0 && lines[before]!.trim() === '') before--;
      let after = i + 1;
      while (after < lines.length && lines[after]!.trim() === '') after++;
      drop = before >= 0 && after < lines.length && check[before]! && check[after]!;
    }
    if (drop) firstRemoved ??= kept.length;
    else kept.push(lines[i]!);
  }
  return { kept, firstRemoved };
}

/**
 * The test text with its check lines for the given prefixes regenerated. When every block
 * belongs to a function defined in the file, in the same order, each goes right before its
 * function (all prefixes' lines together); otherwise, since FileCheck reads checks in order,
 * all blocks go together where the old checks began, or at the end of the file. Running it
 * again on its own output with the same blocks changes nothing.
 */
export function rewriteChecks(text: string, comment: string, byPrefix: readonly (readonly [string, readonly CheckBlock[]])[]): string {
  const endsWithNewline = text.endsWith('\n');
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
  const { kept, firstRemoved } = removeChecks(lines, checkLineRegex(comment, byPrefix.map(([p]) => p)));

  const defs = new Map<string, number>();
  kept.forEach((l, i) => {
    const m = FUNC_DEF.exec(l);
    const name = m?.[1]!.replace(/^"|"$/g, '');
    if (name !== undefined && !defs.has(name)) defs.set(name, i);
  });
  const anchored = byPrefix.every(([, blocks]) =>
    blocks.every((b, i) => {
      const at = b.func === undefined ? undefined : defs.get(b.func);
      const prev = i === 0 ? -1 : defs.get(blocks[i - 1]!.func!)!;
      return at !== undefined && at > prev;
    }),
  );
  const render = (b: CheckBlock): string[] => b.lines.map((l) => `${comment} ${l}`);

  const inserts: { at: number; lines: string[] }[] = [];
  if (anchored) {
    const byFunc = new Map<number, string[]>();
    for (const [, blocks] of byPrefix) {
      for (const b of blocks) {
        const at = defs.get(b.func!)!;
        byFunc.set(at, [...(byFunc.get(at) ?? []), ...render(b)]);
      }
    }
    for (const [at, body] of byFunc) inserts.push({ at, lines: body });
  } else {
    const joined = byPrefix.flatMap(([, blocks]) => blocks).flatMap((b, i) => (i === 0 ? render(b) : ['', ...render(b)]));
    if (firstRemoved !== undefined) inserts.push({ at: firstRemoved, lines: joined });
    else inserts.push({ at: kept.length, lines: kept.length && kept[kept.length - 1]!.trim() !== '' ? ['', ...joined] : joined });
  }
  // Insert from the bottom up so that earlier positions stay valid.
  inserts.sort((a, b) => b.at - a.at);
  for (const ins of inserts) kept.splice(ins.at, 0, ...ins.lines);
  return kept.join('\n') + (endsWithNewline ? '\n' : '');
}
