#!/usr/bin/env node
// Launcher: the CLI itself is bundled into dist/ by `npm ci` (the prepare script).
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('mediate-check: not built yet; run `npm ci` (or `npm run build`) first.\n');
  } else {
    process.stderr.write(`mediate-check: could not start: ${error && error.message}\n`);
  }
  process.exitCode = 2;
});
