// Builds dlc: every TypeScript source file is transpiled one-to-one into build/ (for tests
// and coverage), and each tool in tools/<name>/main.ts is bundled into dist/<name>.js so
// that it starts fast (one file to load, no module graph to resolve).
import { build } from 'esbuild';
import { readdirSync, statSync, existsSync, chmodSync, readFileSync, writeFileSync, rmSync, appendFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const sourceDirs = ['lib', 'dialects', 'tools', 'test', 'bench', 'examples'];

function listTs(dir) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTs(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const entryPoints = sourceDirs.flatMap((d) => listTs(join(root, d)));
if (existsSync(join(root, 'index.ts'))) entryPoints.push(join(root, 'index.ts'));

await build({
  entryPoints,
  outdir: join(root, 'build'),
  outbase: root,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});

const toolsDir = join(root, 'tools');
const tools = existsSync(toolsDir)
  ? readdirSync(toolsDir).filter((t) => existsSync(join(toolsDir, t, 'main.ts')))
  : [];
// Tools started once per lit RUN line, whose start-up matters: bundled as CommonJS and started
// by scripts/cached-launcher.cjs with V8's code cache (see docs/design/parser.md, start-up),
// each with the arguments of the run that fills its cache.
const cachedTools = new Map([['dlc-opt', ['--allow-unregistered-dialect', join(root, 'scripts', 'code-cache-training.mlir')]]]);
// dlc's tools open no TLS connection, and Node 20 reads and parses the CA bundle that
// NODE_EXTRA_CA_CERTS names at every start (about 55 ms for a system bundle): run without it.
const SHEBANG = '#!/usr/bin/env -S -u NODE_EXTRA_CA_CERTS node';

/** Bundles `tool` as CommonJS behind the code-cache launcher, and fills the cache with one run on `trainingArgs`. */
async function buildCachedTool(tool, trainingArgs) {
  const bundle = join(root, 'dist', `${tool}.bundle.cjs`);
  await build({
    entryPoints: [join(toolsDir, tool, 'main.ts')],
    outfile: bundle,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    // Every start reads and decodes the whole bundle (1.19 -> 0.93 MB): 7% of a trivial run's
    // instructions. Stack traces map back through the linked source map (--enable-source-maps).
    minifyWhitespace: true,
    sourcemap: 'linked',
    define: { 'process.env.DLC_BUNDLED': '"1"', 'import.meta.url': '__dlcUrl' },
    logLevel: 'warning',
  });
  // The launcher trusts a code cache only if it was made from a bundle with this hash.
  const hash = createHash('sha256').update(readFileSync(bundle)).digest('hex');
  appendFileSync(bundle, `\n//# dlc-bundle-hash=${hash}\n`);
  const launcher = join(root, 'dist', `${tool}.cjs`);
  writeFileSync(launcher, readFileSync(join(root, 'scripts', 'cached-launcher.cjs'), 'utf8').replaceAll('BUNDLE_FILE', `${tool}.bundle.cjs`));
  chmodSync(launcher, 0o755);
  // dist/<tool>.js, the path scripts and the lit suite run, loads the launcher; bin/<tool>.js
  // requires it directly, which spares Node its ES module loader.
  const esmEntry = join(root, 'dist', `${tool}.js`);
  writeFileSync(esmEntry, `${SHEBANG}\n// Runs ${tool}.cjs (see scripts/cached-launcher.cjs).\nimport { createRequire } from 'node:module';\ncreateRequire(import.meta.url)('./${tool}.cjs');\n`);
  chmodSync(esmEntry, 0o755);
  rmSync(`${bundle}.cache`, { force: true });
  // Without NODE_OPTIONS: the launcher makes no cache for a run with V8 flags.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  // Trained on a round trip of the common op shapes, not on an empty function: a function the
  // training run never called is compiled by every run that calls it (a 100k-op custom-form
  // file: 4,769 -> 4,636 M instructions; the trivial file pays ~10 M more to read the cache).
  const training = spawnSync(process.execPath, [launcher, ...trainingArgs, '-o', '/dev/null'], { stdio: ['ignore', 'ignore', 'pipe'], env, encoding: 'utf8' });
  if (training.status !== 0) throw new Error(`${tool}: the code-cache training run failed:\n${training.stderr}`);
}

await Promise.all(
  tools.map(async (tool) => {
    if (cachedTools.has(tool)) return buildCachedTool(tool, cachedTools.get(tool));
    const outfile = join(root, 'dist', `${tool}.js`);
    await build({
      entryPoints: [join(toolsDir, tool, 'main.ts')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      minifySyntax: true,
      sourcemap: 'linked',
      banner: { js: `${SHEBANG}\nimport { createRequire as __dlcRequire } from "module"; const require = __dlcRequire(import.meta.url);` },
      define: { 'process.env.DLC_BUNDLED': '"1"' },
      logLevel: 'warning',
    });
    chmodSync(outfile, 0o755);
  }),
);
