// Writes results as xunit XML, in the layout of lit's --xunit-xml-output.

import { isFailure, type TestResult } from './result.js';

function attr(s: string): string {
  return `"${s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`;
}

// XML 1.0 forbids most control characters even inside CDATA.
function cdata(s: string): string {
  return s.replace(/]]>/g, ']]]]><![CDATA[>').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, '');
}

/** The xunit document for a run: one testsuite per lit suite, tests sorted by path. */
export function xunitXml(results: readonly TestResult[], elapsed: number): string {
  const bySuite = new Map<string, TestResult[]>();
  for (const r of [...results].sort((a, b) => (a.suite + a.path < b.suite + b.path ? -1 : 1))) {
    const list = bySuite.get(r.suite) ?? [];
    list.push(r);
    bySuite.set(r.suite, list);
  }
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites time="${elapsed.toFixed(2)}">`];
  for (const [suite, tests] of bySuite) {
    const name = suite.replace(/\./g, '-');
    const failures = tests.filter((t) => isFailure(t.code)).length;
    const skipped = tests.filter((t) => t.code === 'UNSUPPORTED').length;
    out.push(`<testsuite name=${attr(name)} tests="${tests.length}" failures="${failures}" skipped="${skipped}">`);
    for (const t of tests) {
      const parts = t.path.split('/');
      const dir = parts.slice(0, -1).join('/').replace(/\./g, '_');
      const head = `<testcase classname=${attr(`${name}.${dir || name}`)} name=${attr(parts[parts.length - 1]!)} time="${t.elapsed.toFixed(2)}"`;
      if (isFailure(t.code)) out.push(`${head}>\n  <failure><![CDATA[${cdata(t.output)}]]></failure>\n</testcase>`);
      else if (t.code === 'UNSUPPORTED') out.push(`${head}>\n  <skipped message=${attr(t.output)}/>\n</testcase>`);
      else out.push(`${head}/>`);
    }
    out.push('</testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}
