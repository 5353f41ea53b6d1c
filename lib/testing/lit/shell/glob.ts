// Wildcard expansion for unquoted words (`rm %t/*.o`), as lit's internal shell does it.

import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

function componentRegex(part: string): RegExp {
  let src = '';
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else if (c === '[') {
      const end = part.indexOf(']', i + 2);
      if (end < 0) src += '\\[';
      else {
        src += `[${part.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else src += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${src}$`);
}

/**
 * The paths matching `pattern` relative to `cwd`, sorted; the pattern itself when nothing
 * matches (lit passes it through unchanged). Matches keep the pattern's relative or absolute form.
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  const parts = pattern.split('/');
  let found: string[] = [isAbsolute(pattern) ? '/' : ''];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '' && i === 0) continue;
    const next: string[] = [];
    for (const base of found) {
      if (!/[*?[]/.test(part)) {
        next.push(base === '' ? part : join(base, part));
        continue;
      }
      const dir = resolve(cwd, base === '' ? '.' : base);
      let names: string[];
      try {
        if (!statSync(dir).isDirectory()) continue;
        names = readdirSync(dir);
      } catch {
        continue;
      }
      const re = componentRegex(part);
      for (const n of names) if (!n.startsWith('.') && re.test(n)) next.push(base === '' ? n : join(base, n));
    }
    found = next;
  }
  const existing = found.filter((p) => {
    try {
      statSync(resolve(cwd, p));
      return true;
    } catch {
      return false;
    }
  });
  return existing.length ? existing.sort() : [pattern];
}
