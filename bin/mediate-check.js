#!/usr/bin/env node
'use strict';
// Launcher. Runs the bundle dist/cli.cjs (made by `npm ci` or `npm run build`)
// with the V8 code cache made at build time, so a check does not spend its first
// milliseconds compiling the bundle. Without a usable cache it compiles as usual.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const dist = path.join(__dirname, '..', 'dist');
const file = path.join(dist, 'cli.cjs');
const cacheFile = path.join(dist, 'cli.cache');

let source;
try {
  source = fs.readFileSync(file, 'latin1'); // the bundle is ASCII: no decoding needed
} catch {
  process.stderr.write('mediate-check: not built yet; run `npm ci` (or `npm run build`) first.\n');
  process.exit(2);
}
// V8 checks a cache against the source's length only, so a bundle changed after
// its cache was made (same length, other code) must not get it: the build writes
// the cache after the bundle, so a cache older than the bundle is stale.
let cachedData;
try {
  if (fs.statSync(cacheFile).mtimeMs >= fs.statSync(file).mtimeMs) cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// The CommonJS module wrapper, as require() would apply it.
const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
const script = new vm.Script(wrapped, { filename: file, cachedData });
if (process.env.MEDIATE_CHECK_WRITE_CODE_CACHE) {
  // Build time only: after a real run, so the functions it used are compiled into the cache.
  process.on('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
}
const module_ = { exports: {}, filename: file, id: file, loaded: false };
script.runInThisContext()(module_.exports, require, module_, file, dist);
