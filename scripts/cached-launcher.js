#!/usr/bin/env node
// Launcher of a bundled tool: runs the bundle named below with V8's code cache, so that start-up skips
// compiling the bundle (Node 20 has no compile cache for ES modules). scripts/build.mjs writes
// this file as dist/<tool>.js. A missing or rejected cache (another Node version) is rebuilt
// after the run; failing to write it (a read-only install) only costs the speed-up.
import { createRequire } from 'node:module';

// Builtins through require(): an ESM import of node:fs would build its facade, which loads streams.
const require = createRequire(import.meta.url);
const { readFileSync, writeFileSync, renameSync, unlinkSync } = require('node:fs');
const { Script } = require('node:vm');
const { pathToFileURL, fileURLToPath } = require('node:url');
const { dirname } = require('node:path');

const file = fileURLToPath(new URL('BUNDLE_FILE', import.meta.url));
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// The bundle is CommonJS (esbuild, format cjs) wrapped as a function, strict as the ES modules it came from.
const source = `(function (exports, require, module, __filename, __dirname, __dlcUrl) {"use strict";${readFileSync(file, 'utf8')}\n})`;
const script = new Script(source, { filename: file, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href);
if (cachedData === undefined || script.cachedDataRejected) {
  // After the run, so that the functions it compiled are in the cache; written aside and
  // renamed, so that a concurrent run never reads half a file.
  const tmp = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing was written.
    }
  }
}
