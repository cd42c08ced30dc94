// Preloaded by a test: records every package required by name, and every split-out
// module of the CLI the launcher reads from dist/modules/, to show what a command loads.
const fs = require('node:fs');
const Module = require('node:module');
const loaded = new Set();
const original = Module._load;
Module._load = function (request, ...rest) {
  if (!request.startsWith('.') && !request.startsWith('/') && !request.startsWith('node:')) loaded.add(request);
  return original.call(this, request, ...rest);
};
const modules = new Set();
const readFileSync = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  const at = typeof file === 'string' ? file.replace(/\\/g, '/').lastIndexOf('/dist/modules/') : -1;
  if (at >= 0) modules.add(file.replace(/\\/g, '/').slice(at + '/dist/modules/'.length));
  return readFileSync.call(this, file, ...rest);
};
process.on('exit', () => process.stderr.write(`required: ${[...loaded].sort().join(',')}\nmodules: ${[...modules].sort().join(',')}\n`));
