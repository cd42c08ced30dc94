// Builds dist/: the CLI as CommonJS modules (CommonJS starts faster than ESM on
// Node 20), the pack of those a file check runs with its V8 code cache, and the
// JSON Schemas as files.
// The CLI is split (dist/modules/): main.cjs holds what every run needs, and each
// module reached only through import() (a command, a report format, the Zoom,
// Teams and Webex clients, fix, init, diff, the JSON Schema generator, …) lies in
// chunks/ with the code only it needs; code shared by several lies in a chunk of
// its own (each module once: one UsageError class, one rule registry). The
// modules one real check loads are then moved into one file, dist/cli.cjs, so a
// check reads and deserializes one file and one cache, and none of the rest.
// undici stays outside, in node_modules.
import { build, transform } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
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

/**
 * src/model/meeting-plans.ts computes each meeting schema's plan (what the schema
 * decides, as data) from the zod schema. The bundle gets the computed value
 * instead: a check then validates a meeting without building any zod schema.
 */
const plansAsData = {
  name: 'plans-as-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]model[\\/]meeting-plans\.ts$/ }, async (args) => {
      const { outputFiles } = await build({ entryPoints: [args.path], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
      const { PLANS } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
      return { contents: `export const PLANS = JSON.parse(${JSON.stringify(JSON.stringify(PLANS))});`, loader: 'js' };
    });
  },
};

/**
 * The meeting schemas (src/model/zod-schemas.ts) are needed only for a document
 * its plan cannot decide. The CLI's one import of them (src/model/meeting-models.ts)
 * gets a stand-in that reads that module, its own entry in dist/modules, the first
 * time a schema is asked for; the launcher resolves `#name` to such an entry. So a
 * check of valid files loads no zod at all. The stand-in's names are checked
 * against the module's after the build.
 */
const LAZY_SCHEMAS = ['meetingSchema', 'teamsMeetingSchema', 'webexMeetingSchema'];
const schemasOnDemand = {
  name: 'schemas-on-demand',
  setup(b) {
    b.onResolve({ filter: /^\.\/zod-schemas$/ }, (args) =>
      args.importer.endsWith(`${path.sep}meeting-models.ts`) ? { path: 'zod-schemas', namespace: 'schemas-on-demand' } : undefined,
    );
    b.onResolve({ filter: /^#zod-schemas\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'schemas-on-demand' }, () => ({
      contents: [
        'let schemas;',
        "const load = () => (schemas ??= require('#zod-schemas.cjs'));",
        ...LAZY_SCHEMAS.map((name) => `export const ${name} = () => load().${name}();`),
      ].join('\n'),
      loader: 'js',
    }));
  },
};

rmSync(`${root}dist`, { recursive: true, force: true });
// esbuild splits only ES modules: first the split as ES modules, then each file
// turned into CommonJS, import() into require(). The launcher loads them.
const split = await build({
  entryPoints: { main: `${root}src/cli.ts`, 'zod-schemas': `${root}src/model/zod-schemas.ts` },
  outdir: `${root}dist/modules`,
  entryNames: '[name]',
  // A content hash in each chunk's name: names stay unique, and a module's name changes with its code.
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  // ASCII output: the launcher's strings of it are V8's compact one-byte strings.
  charset: 'ascii',
  external: ['undici'],
  plugins: [lazyChildProcess, chalkWithoutDetection, yamlAsModules, plansAsData, schemasOnDemand],
  define: { __VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  write: false,
});
for (const file of split.outputFiles) {
  const { code } = await transform(file.text, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: { 'dynamic-import': false },
    minify: true,
    legalComments: 'none',
    charset: 'ascii',
    logLevel: 'warning',
  });
  mkdirSync(path.dirname(file.path), { recursive: true });
  writeFileSync(file.path, directExports(code, file.path));
}
// The stand-in for the schemas module must offer what the module offers.
const schemaNames = Object.keys(createRequire(import.meta.url)(`${root}dist/modules/zod-schemas.cjs`)).sort();
if (schemaNames.join() !== [...LAZY_SCHEMAS].sort().join()) throw new Error(`src/model/zod-schemas.ts exports ${schemaNames.join(', ')}: update LAZY_SCHEMAS in scripts/build.mjs`);

/**
 * esbuild's CommonJS exports are a copy of the module's namespace object whose
 * getters call the namespace's getters, so every use of another module's export
 * costs two calls (about 0.5 ms of a one-file check). The namespace itself,
 * marked as an ES module the same way, is the exports here: the same getters,
 * one call. A module whose exports are not in that form fails the build.
 */
function directExports(code, file) {
  if (!code.includes('module.exports=')) return code;
  // esbuild's __toCommonJS, under its minified name: x=m=>y(z({},"__esModule",{value:!0}),m)
  const helper = /([\w$]+)=([\w$]+)=>[\w$]+\([\w$]+\(\{\},"__esModule",\{value:!0\}\),\2\)/.exec(code)?.[1];
  const statement = helper && new RegExp(`module\\.exports=${helper.replace(/\$/g, '\\$')}\\(([\\w$]+)\\);`, 'g');
  const found = statement ? [...code.matchAll(statement)] : [];
  if (found.length !== 1) throw new Error(`${file}: esbuild's CommonJS exports are not in the expected form`);
  const namespace = found[0][1];
  return code.replace(found[0][0], () => `module.exports=(Object.defineProperty(${namespace},"__esModule",{value:!0}),${namespace});`);
}

// The pack and its code cache: made by one real check, so the modules it loads
// are in the pack and the functions it runs are compiled into the cache. The
// first run (with an empty pack) says which modules it loaded; the second, from
// the pack, makes the cache. A Node version that cannot use the cache rejects it,
// and the launcher compiles as usual.
const sample = `${root}fixtures/compliant-meeting.yaml`;
const sampleCheck = () =>
  execFileSync(process.execPath, [bin, existsSync(sample) ? sample : '-', '--fail-on', 'never'], {
    input: 'type: 2\n',
    env: { PATH: process.env.PATH, MEDIATE_CHECK_WRITE_CODE_CACHE: '1' },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
const pack = `${root}dist/cli.cjs`;
const unpacked = `${root}dist/unpacked.json`;
writeFileSync(pack, '({})');
sampleCheck();
const names = JSON.parse(readFileSync(unpacked, 'utf8'));
const functions = names.map((name) => {
  const file = `${root}dist/modules/${name}`;
  const text = readFileSync(file, 'latin1');
  rmSync(file);
  return `${JSON.stringify(name)}: function (exports, require, module, __filename, __dirname) { ${text}\n}`;
});
writeFileSync(pack, `({ __proto__: null,\n${functions.join(',\n')}\n})`);
rmSync(`${root}dist/cli.cache`);
sampleCheck();
rmSync(unpacked);

// Ship the JSON Schemas as files too, for editors: node_modules/mediate-check/dist/schemas/*.schema.json
mkdirSync(`${root}dist/schemas`, { recursive: true });
// The names of SCHEMAS (src/commands/print-schema.ts); test/schemas.test.ts fails when the two differ.
for (const name of ['meeting', 'teams-meeting', 'webex-meeting', 'report', 'policy']) {
  const text = execFileSync(process.execPath, [bin, 'schema', name], { encoding: 'utf8' });
  writeFileSync(`${root}dist/schemas/${name}.schema.json`, text);
}
