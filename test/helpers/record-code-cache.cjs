// Preloaded by a test: says on standard error, at exit, whether the launcher's pack
// (dist/cli.cjs) ran from its code cache: used, rejected by V8, or none given.
const vm = require('node:vm');
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(source, options) {
    super(source, options);
    if (!options?.filename?.endsWith('cli.cjs')) return;
    const verdict = options.cachedData === undefined ? 'none' : this.cachedDataRejected ? 'rejected' : 'used';
    process.on('exit', () => process.stderr.write(`code-cache: ${verdict}\n`));
  }
};
