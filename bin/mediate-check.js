#!/usr/bin/env node
'use strict';
// Launcher. Runs the CLI built into dist/ (by `npm ci` or `npm run build`). The
// CLI is split into CommonJS modules (dist/modules/: main.cjs and chunks/*.cjs,
// whose require() of a relative path lands back here, each run once). Those a
// file check loads are packed into dist/cli.cjs, one function each, run from the
// V8 code cache dist/cli.cache that the build made by one real check, so a check
// does not spend its first milliseconds compiling; the others (other commands,
// formats, clients) are read and compiled only when a run needs them. Without a
// usable cache the pack compiles as usual.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const dist = path.join(__dirname, '..', 'dist');
const packFile = path.join(dist, 'cli.cjs');
const cacheFile = path.join(dist, 'cli.cache');
const modules = path.join(dist, 'modules');

let source;
try {
  // UTF-8 is the encoding Node reads straight into a string (no buffer in between), and
  // ASCII, which the build writes, becomes V8's compact one-byte string.
  source = fs.readFileSync(packFile, 'utf8');
} catch {
  process.stderr.write('mediate-check: not built yet; run `npm ci` (or `npm run build`) first.\n');
  process.exit(2);
}
// V8 checks a cache against the source's length only, so a pack changed after
// its cache was made (same length, other code) must not get it: the build writes
// the cache after the pack, so a cache older than the pack is stale.
let cachedData;
try {
  if (fs.statSync(cacheFile).mtimeMs >= fs.statSync(packFile).mtimeMs) cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(source, { filename: packFile, cachedData });
/** The packed modules: name (a path below dist/modules) → the module's function. */
const packed = script.runInThisContext();
/** Every module loaded, by name: each runs once, so each module of the CLI exists once. */
const loaded = new Map();

/** `request` ('./x.cjs', '../main.cjs') from the module `name`, as a name. String work only: path.posix costs more than the rest of a load. */
function resolve(name, request) {
  let folder = name.slice(0, name.lastIndexOf('/') + 1);
  let rest = request;
  for (;;) {
    if (rest.startsWith('./')) rest = rest.slice(2);
    else if (rest.startsWith('../')) {
      folder = folder.slice(0, folder.lastIndexOf('/', folder.length - 2) + 1);
      rest = rest.slice(3);
    } else return folder + rest;
  }
}

function load(name) {
  const known = loaded.get(name);
  if (known) return known.exports;
  const file = `${modules}/${name}`;
  let run = Object.prototype.hasOwnProperty.call(packed, name) ? packed[name] : undefined;
  if (run === undefined) {
    // The CommonJS module wrapper, as require() would apply it.
    const text = fs.readFileSync(file, 'utf8');
    run = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${text}\n});`, { filename: file }).runInThisContext();
  }
  const module_ = { exports: {}, filename: file, id: file, loaded: false };
  loaded.set(name, module_);
  // `./x.cjs`, `../x.cjs`: another module of the CLI; `#x.cjs`: one at the top of dist/modules
  // (an entry the CLI reads only when needed); anything else: Node's (node:fs, undici).
  const requireHere = (request) => (request[0] === '.' ? load(resolve(name, request)) : request[0] === '#' ? load(request.slice(1)) : require(request));
  try {
    run.call(module_.exports, module_.exports, requireHere, module_, file, file.slice(0, file.lastIndexOf('/')));
  } catch (error) {
    loaded.delete(name); // as require() does: a module that threw is not kept half-made
    throw error;
  }
  module_.loaded = true;
  return module_.exports;
}

if (process.env.MEDIATE_CHECK_WRITE_CODE_CACHE) {
  // Build time only: after a real run, so the functions it used are compiled into
  // the cache; and which modules it read from dist/modules/ (the build packs them).
  process.on('exit', () => {
    fs.writeFileSync(cacheFile, script.createCachedData());
    const unpacked = [...loaded.keys()].filter((name) => !Object.prototype.hasOwnProperty.call(packed, name));
    fs.writeFileSync(path.join(dist, 'unpacked.json'), JSON.stringify(unpacked));
  });
}
load('main.cjs');
