// Unit tests of the internal shell: parsing, pipelines with pipefail, redirections, `not`, `env`, `cd`, `export`, built-ins.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseShell, Shell, ShellSyntaxError } from '../../../../lib/testing/lit/index.js';
import { makeTree } from './helpers.js';

// Every execution test runs twice: pipelines of external commands through the resident
// /bin/sh, and everything as children of this process.
let resident = true;

function shell(files: Record<string, string> = {}): Shell {
  return new Shell(makeTree(files), { PATH: process.env.PATH ?? '' }, { residentShell: resident });
}

async function out(line: string, sh = shell()): Promise<[number, string]> {
  const code = await sh.run(line);
  return [code, sh.lastStdout];
}

test('parse: quoting, escapes, operators and redirections', () => {
  const n = parseShell(`echo 'a  b' "c \\"d\\" \\$x" e\\ f 2>&1 | cat >> out && x || y ; z`);
  assert.is(n.kind, 'seq');
  const flat = JSON.stringify(n);
  assert.ok(flat.includes('"text":"a  b"'));
  assert.ok(flat.includes('"text":"c \\"d\\" \\\\$x"'), flat);
  assert.ok(flat.includes('"text":"e f"'));
  assert.ok(flat.includes('"fd":2,"op":">&"'));
  assert.throws(() => parseShell(`echo 'open`), (e: unknown) => e instanceof ShellSyntaxError);
  assert.throws(() => parseShell('echo a &&'), /missing command after '&&'/);
  assert.throws(() => parseShell('echo a &'), /unsupported shell operator/);
  assert.throws(() => parseShell('| x'), /empty command/);
});

for (const mode of ['resident sh', 'node children'] as const) {
  test(`echo, pipes into real commands and back into built-ins (${mode})`, async () => {
    resident = mode === 'resident sh';
    assert.equal(await out('echo hello world'), [0, 'hello world\n']);
    assert.equal(await out('echo -n a'), [0, 'a']);
    assert.equal(await out('echo -e "a\\tb"'), [0, 'a\tb\n']);
    assert.equal(await out('echo one two | tr a-z A-Z | cat'), [0, 'ONE TWO\n']);
  });

  test(`pipefail: the failing stage decides, and \`not\` inverts (${mode})`, async () => {
    resident = mode === 'resident sh';
    assert.is((await out('false | true'))[0], 1);
    assert.is((await out('true | false'))[0], 1);
    assert.is((await out('not false'))[0], 0);
    assert.is((await out('not true'))[0], 1);
    assert.is((await out('not not true'))[0], 0);
    assert.is((await out('sh -c "exit 3"'))[0], 3);
  });

  test(`sequences: &&, ||, ; (${mode})`, async () => {
    resident = mode === 'resident sh';
    assert.equal(await out('false && echo no'), [1, '']);
    assert.equal(await out('false || echo yes'), [0, 'yes\n']);
    assert.equal(await out('false ; echo always'), [0, 'always\n']);
  });

  test(`not --crash passes only when the command dies of a signal (${mode})`, async () => {
    resident = mode === 'resident sh';
    assert.is((await out('not --crash sh -c "kill -SEGV $$"'))[0], 0);
    assert.is((await out('not --crash true'))[0], 1);
    // A crash is not a plain failure: `not` alone does not accept it.
    assert.is((await out('not sh -c "kill -SEGV $$"'))[0], 1);
  });

  test(`redirections: >, >>, <, 2>, 2>&1, &> (${mode})`, async () => {
    resident = mode === 'resident sh';
    const sh = shell({ 'in.txt': 'from file\n' });
    assert.is(await sh.run('echo a > f && echo b >> f'), 0);
    assert.is(readFileSync(join(sh.cwd, 'f'), 'utf8'), 'a\nb\n');
    assert.equal(await out('cat < in.txt', sh), [0, 'from file\n']);
    assert.equal(await out('tr a-z A-Z < in.txt', sh), [0, 'FROM FILE\n']);
    assert.is(await sh.run('sh -c "echo err >&2" 2> e'), 0);
    assert.is(readFileSync(join(sh.cwd, 'e'), 'utf8'), 'err\n');
    assert.equal(await out('sh -c "echo err >&2" 2>&1 | cat', sh), [0, 'err\n']);
    assert.is(await sh.run('sh -c "echo o; echo e >&2" &> both'), 0);
    assert.is(readFileSync(join(sh.cwd, 'both'), 'utf8').split('\n').sort().join(','), ',e,o');
    assert.equal(await out('echo x > /dev/null | cat', sh), [0, '']);
    assert.is(await sh.run('cat < missing'), 127);
    assert.match(sh.log, /cannot open 'missing' for reading/);
  });

  test(`cd and export persist; env applies to one command (${mode})`, async () => {
    resident = mode === 'resident sh';
    const sh = shell({ 'sub/x.txt': 'x\n' });
    assert.is(await sh.run('cd sub'), 0);
    assert.equal(await out('cat x.txt', sh), [0, 'x\n']);
    assert.is(await sh.run('export FOO=bar'), 0);
    assert.equal(await out('printenv FOO', sh), [0, 'bar\n']);
    assert.equal(await out('env FOO=baz printenv FOO', sh), [0, 'baz\n']);
    assert.equal(await out('env -u FOO printenv FOO', sh), [1, '']);
    assert.equal(await out('env FOO=1 not false', sh), [0, '']);
    assert.is(await sh.run('cd nowhere'), 127);
    assert.is(await sh.run('cd sub | cat'), 127);
    assert.match(sh.log, /'cd' cannot be part of a pipeline/);
  });

  test(`built-ins: mkdir, rm, cat, diff (${mode})`, async () => {
    resident = mode === 'resident sh';
    const sh = shell({ 'a.txt': 'one\ntwo\n', 'b.txt': 'one\nthree\n', 'c.txt': 'one  \ntwo\n' });
    assert.is(await sh.run('mkdir -p d/e/f && rm -r d'), 0);
    assert.is(await sh.run('mkdir d/e'), 1);
    assert.is(await sh.run('rm missing'), 1);
    assert.is(await sh.run('rm -f missing'), 0);
    assert.is(await sh.run('mkdir d && rm d'), 1);
    assert.equal(await out('cat a.txt - b.txt', sh), [0, 'one\ntwo\none\nthree\n']);
    assert.is(await sh.run('cat nope'), 1);
    assert.equal(await out('diff a.txt a.txt', sh), [0, '']);
    const [code, text] = await out('diff a.txt b.txt', sh);
    assert.is(code, 1);
    assert.is(text, '--- a.txt\n+++ b.txt\n@@ -1,2 +1,2 @@\n one\n-two\n+three\n');
    assert.is((await out('diff a.txt c.txt', sh))[0], 1);
    assert.is((await out('diff -b a.txt c.txt', sh))[0], 0);
    assert.is((await out('echo one | diff - a.txt', sh))[0], 1);
    assert.is((await out('diff a.txt', sh))[0], 2);
  });

  test(`wildcards expand against the working directory (${mode})`, async () => {
    resident = mode === 'resident sh';
    const sh = shell({ 'g/a.txt': '1\n', 'g/b.txt': '2\n', 'g/c.md': '3\n' });
    assert.equal(await out('cat g/*.txt', sh), [0, '1\n2\n']);
    assert.equal(await out("echo 'g/*.txt'", sh), [0, 'g/*.txt\n']);
    assert.equal(await out('echo g/*.none', sh), [0, 'g/*.none\n']);
  });

  test(`a missing command is exit 127 with a message (${mode})`, async () => {
    resident = mode === 'resident sh';
    const sh = shell();
    assert.is(await sh.run('no-such-command-dlc arg'), 127);
    assert.match(sh.log, /'no-such-command-dlc': command not found/);
    assert.match(sh.log, /error: command failed with exit status: 127/);
  });

  test(`the log shows commands, output and failures as lit does (${mode})`, async () => {
    resident = mode === 'resident sh';
    const sh = shell();
    await sh.run('echo hi | sh -c "cat; echo oops >&2; exit 2"');
    assert.is(
      sh.log,
      '$ "echo" "hi"\n$ "sh" "-c" "cat; echo oops >&2; exit 2"\n# command output:\nhi\n\n# command stderr:\noops\n\nerror: command failed with exit status: 2\n',
    );
  });

  test(`a producer is never blocked by a consumer that stops reading (${mode})`, async () => {
    resident = mode === 'resident sh';
    assert.is((await out('seq 1 200000 | head -n 1'))[1], '1\n');
    assert.is((await out('seq 1 200000 | true'))[0], 0);
  });

  test(`kill stops running commands (${mode})`, async () => {
    resident = mode === 'resident sh';
    const sh = shell();
    const run = sh.run('sleep 20');
    setTimeout(() => sh.kill(), 50);
    const start = Date.now();
    assert.is.not(await run, 0);
    assert.ok(Date.now() - start < 5000);
  });

}

test.run();
