// Unit tests of suite configs and discovery: the JSON, lit.config.js, relative paths, nested suites, excludes.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { ConfigError, discoverTests, fullName, loadSuiteConfig, SuiteCache, testSubstitutions, applySubstitutions, tmpPaths } from '../../../../lib/testing/lit/index.js';
import { makeTree } from './helpers.js';

test('lit.config.json: fields, defaults and paths relative to the config', async () => {
  const root = makeTree({
    'lit.config.json': JSON.stringify({
      name: 's',
      suffixes: ['.mlir'],
      substitutions: { '%tool': 'node ../dist/tool.js --flag ./x', '%abs': '/bin/true' },
      environment: { DATA: './data' },
    }),
  });
  const s = await loadSuiteConfig(root);
  assert.is(s.name, 's');
  assert.equal(s.suffixes, ['.mlir']);
  assert.equal(s.excludes, []);
  assert.equal(s.substitutions, [
    ['%tool', `node ${join(root, '../dist/tool.js')} --flag ${join(root, 'x')}`],
    ['%abs', '/bin/true'],
  ]);
  assert.is(s.environment.DATA, join(root, 'data'));
  assert.ok(s.execRoot.includes('dlc-lit'));
});

test('lit.config.js refines the JSON and sees --param values', async () => {
  const root = makeTree({
    'lit.config.json': JSON.stringify({ name: 'js', features: ['a'] }),
    'lit.config.js': `export default (c, { params, root }) => ({ ...c, features: [...c.features, 'b', params.extra], substitutions: { '%root': root } });\n`,
  });
  const s = await loadSuiteConfig(root, { extra: 'c' });
  assert.equal(s.features, ['a', 'b', 'c']);
  assert.equal(s.substitutions, [['%root', root]]);
  const obj = makeTree({ 'lit.config.js': `export default { name: 'obj', suffixes: ['.t'] };\n` });
  assert.is((await loadSuiteConfig(obj)).name, 'obj');
});

test('bad configs are messages naming the file', async () => {
  const bad = async (files: Record<string, string>, re: RegExp): Promise<void> => {
    try {
      await loadSuiteConfig(makeTree(files));
      assert.unreachable();
    } catch (e) {
      assert.instance(e, ConfigError);
      assert.match((e as Error).message, re);
    }
  };
  await bad({ 'lit.config.json': '{ nope' }, /lit\.config\.json: cannot read config/);
  await bad({ 'lit.config.json': '[]' }, /must be a JSON object/);
  await bad({ 'lit.config.json': '{"suffixes": ".mlir"}' }, /"suffixes" must be an array of strings/);
  await bad({ 'lit.config.json': '{"substitutions": {"%a": 1}}' }, /"substitutions" must be an object of strings/);
  await bad({ 'lit.config.js': 'export const x = 1;\n' }, /must have a default export/);
  await bad({ 'lit.config.js': 'export default () => { throw new Error("boom"); };\n' }, /config failed: boom/);
});

test('discovery: suffixes, excludes, hidden files, nested suites, explicit files', async () => {
  const root = makeTree({
    'lit.config.json': JSON.stringify({ name: 'outer', suffixes: ['.test'], excludes: ['Inputs'] }),
    'a.test': 'RUN: true\n',
    'b.txt': 'RUN: true\n',
    '.hidden.test': 'RUN: true\n',
    'Inputs/c.test': 'RUN: true\n',
    'sub/d.test': 'RUN: true\n',
    'nested/lit.config.json': JSON.stringify({ name: 'inner', suffixes: ['.x'] }),
    'nested/e.x': 'RUN: true\n',
    'nested/f.test': 'RUN: true\n',
  });
  const cache = new SuiteCache();
  const names = (await discoverTests([root], cache)).map(fullName);
  assert.equal(names, ['inner :: e.x', 'outer :: a.test', 'outer :: sub/d.test']);
  // A file named on the command line is a test whatever its suffix; duplicates are dropped.
  const explicit = await discoverTests([join(root, 'b.txt'), join(root, 'b.txt'), join(root, 'sub')], cache);
  assert.equal(explicit.map(fullName), ['outer :: b.txt', 'outer :: sub/d.test']);
  await discoverTests([join(root, 'missing')], cache).then(
    () => assert.unreachable(),
    (e: Error) => assert.match(e.message, /no such file or directory/),
  );
  const lonely = makeTree({ 'x.test': '' });
  await discoverTests([lonely], cache).then(
    () => assert.unreachable(),
    (e: Error) => assert.match(e.message, /no lit\.config\.json or lit\.config\.js found/),
  );
});

test('substitutions: lit order, %% protection, temporary paths', async () => {
  const root = makeTree({
    'lit.config.json': JSON.stringify({ name: 's', suffixes: ['.test'], substitutions: { '%tool': 'run %S' } }),
    'dir/t.test': 'RUN: true\n',
  });
  const [t] = await discoverTests([join(root, 'dir/t.test')], new SuiteCache());
  const subs = testSubstitutions(t!);
  const { tmpDir, tmpBase } = tmpPaths(t!);
  assert.is(tmpBase, join(tmpDir, 't.test'));
  assert.ok(tmpDir.endsWith(join('dir', 'Output')));
  const dir = join(root, 'dir');
  assert.is(applySubstitutions('%tool %s %p %t %T %basename_t', subs), `run ${dir} ${join(dir, 't.test')} ${dir} ${tmpBase}.tmp ${tmpDir} t.test`);
  assert.is(applySubstitutions('100%% %%s %{pathsep}', subs), '100% %s :');
});

test.run();
