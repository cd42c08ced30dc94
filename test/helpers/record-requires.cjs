// Preloaded by a test: records every package required by name, to show what a command loads.
const Module = require('node:module');
const loaded = new Set();
const original = Module._load;
Module._load = function (request, ...rest) {
  if (!request.startsWith('.') && !request.startsWith('/') && !request.startsWith('node:')) loaded.add(request);
  return original.call(this, request, ...rest);
};
process.on('exit', () => process.stderr.write(`required: ${[...loaded].sort().join(',')}\n`));
