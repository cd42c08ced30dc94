// Builds dist/: the CLI as one CommonJS bundle (CommonJS starts faster than ESM
// on Node 20), a V8 code cache for it, and the JSON Schemas as files.
// Modules reached only through import() (commands, formats, the Zoom client) are
// still evaluated only when used; undici stays outside the bundle.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const bin = `${root}bin/mediate-check.js`;

/**
 * commander requires child_process at load time for executable subcommands,
 * which we never use; loading it costs every run several milliseconds. This
 * shim defers that require until (if ever) it is touched.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/commander/`) ? { path: 'lazy-child-process', namespace: 'shim' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'shim' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_t, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * We decide on colour ourselves (flags, NO_COLOR, FORCE_COLOR, TTY) and hand chalk
 * a level, so chalk's own terminal detection is never consulted; its Node variant
 * loads tty, os and net at import. Its platform-neutral variant loads nothing.
 */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: `${root}node_modules/chalk/source/vendor/supports-color/browser.js` }));
  },
};

/**
 * yaml's Node entry is CommonJS, which esbuild cannot tree-shake; its ES module
 * build (the same code, published for browsers) lets the bundle keep only the
 * parser and composer we use.
 */
const yamlAsModules = {
  name: 'yaml-as-modules',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: `${root}node_modules/yaml/browser/index.js` }));
  },
};

rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  entryPoints: [`${root}src/cli.ts`],
  outfile: `${root}dist/cli.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  // ASCII output lets the launcher read the bundle as latin1, which skips UTF-8 decoding.
  charset: 'ascii',
  external: ['undici'],
  plugins: [lazyChildProcess, chalkWithoutDetection, yamlAsModules],
  define: { __VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});

// The code cache: made by one real check, so the functions a check runs are in it.
// A Node version that cannot use it rejects it, and the launcher compiles as usual.
const sample = `${root}fixtures/compliant-meeting.yaml`;
execFileSync(process.execPath, [bin, existsSync(sample) ? sample : '-', '--fail-on', 'never'], {
  input: 'type: 2\n',
  env: { PATH: process.env.PATH, MEDIATE_CHECK_WRITE_CODE_CACHE: '1' },
  stdio: ['pipe', 'ignore', 'inherit'],
});

// Ship the JSON Schemas as files too, for editors: node_modules/mediate-check/dist/schemas/*.schema.json
mkdirSync(`${root}dist/schemas`, { recursive: true });
for (const name of ['meeting', 'teams-meeting', 'webex-meeting', 'report', 'policy']) {
  const text = execFileSync(process.execPath, [bin, 'schema', name], { encoding: 'utf8' });
  writeFileSync(`${root}dist/schemas/${name}.schema.json`, text);
}
