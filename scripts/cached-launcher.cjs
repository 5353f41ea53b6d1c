#!/usr/bin/env -S -u NODE_EXTRA_CA_CERTS node
// Launcher of a bundled tool: runs the bundle named below with V8's code cache, so that start-up skips
// compiling the bundle (Node 20 has no compile cache for ES modules). scripts/build.mjs writes
// this file as dist/<tool>.cjs. It is CommonJS because an ES module entry costs every start
// Node's ES module loader (about a tenth of a trivial run's instructions). A missing or rejected
// cache (another Node version) is rebuilt after the run; failing to write it (a read-only
// install) only costs the speed-up. The shebang drops NODE_EXTRA_CA_CERTS: see bin/dlc-opt.js.
'use strict';
const { readFileSync, writeFileSync, renameSync, unlinkSync } = require('node:fs');
const { Script } = require('node:vm');
const { pathToFileURL } = require('node:url');
const { join } = require('node:path');

const file = join(__dirname, 'BUNDLE_FILE');
// V8 rejects a code cache made under other V8 flags: a run started with flags (on the command
// line or in NODE_OPTIONS; a profiler, say) neither reads nor writes the cache, rather than
// replacing it with one the next plain run rejects and replaces again (which also made
// instruction counts of plain runs vary by 4%).
const cacheFile = process.execArgv.length === 0 && !process.env.NODE_OPTIONS ? `${file}.cache` : undefined;
const text = readFileSync(file, 'utf8');
// The build ends the bundle with a hash of its content; the cache starts with the hash of the
// bundle it was made from. V8 checks only the source's length, so this is what keeps a cache
// made from an older bundle (a concurrent rebuild) from running stale code.
const marker = text.lastIndexOf('//# dlc-bundle-hash=');
const hash = marker < 0 ? '' : text.slice(marker + 20).trim();
let cachedData;
try {
  const cache = hash && cacheFile ? readFileSync(cacheFile) : undefined;
  const header = Buffer.from(`${hash}\n`);
  if (cache && cache.subarray(0, header.length).equals(header)) cachedData = cache.subarray(header.length);
} catch {
  cachedData = undefined;
}
// The bundle is CommonJS (esbuild, format cjs) wrapped as a function, strict as the ES modules it came from.
const source = `(function (exports, require, module, __filename, __dirname, __dlcUrl) {"use strict";${text}\n})`;
const script = new Script(source, { filename: file, cachedData });
const bundle = { exports: {} };
// The bundle gets this file's require: it sits beside it and requires only Node's built-in
// modules, and createRequire would load node:module (3% of a trivial run's instructions).
script.runInThisContext()(bundle.exports, require, bundle, file, __dirname, pathToFileURL(file).href);
if (hash && cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
  // After the run, so that the functions it compiled are in the cache; written aside and
  // renamed, so that a concurrent run never reads half a file.
  const tmp = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${hash}\n`), script.createCachedData()]));
    renameSync(tmp, cacheFile);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing was written.
    }
  }
}
