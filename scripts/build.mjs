// Bundles the CLI into dist/: one small entry chunk for checking files, and
// separate chunks for what only some runs need (formatters, Zoom client, commands).
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  // undici is only imported by the Zoom client, and only when a Zoom command runs.
  external: ['undici'],
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // commander is CommonJS; its bundled require() calls of Node built-ins need a real require.
  banner: { js: "import { createRequire as __mcRequire } from 'node:module'; const require = __mcRequire(import.meta.url);" },
  logLevel: 'warning',
});

// Ship the JSON Schemas as files too, for editors: node_modules/mediate-check/dist/schemas/*.schema.json
const { execFileSync } = await import('node:child_process');
const { mkdirSync, writeFileSync } = await import('node:fs');
mkdirSync(new URL('../dist/schemas/', import.meta.url), { recursive: true });
for (const name of ['meeting', 'report', 'policy']) {
  const text = execFileSync(process.execPath, [new URL('../dist/cli.js', import.meta.url).pathname, 'schema', name], { encoding: 'utf8' });
  writeFileSync(new URL(`../dist/schemas/${name}.schema.json`, import.meta.url), text);
}
