// npm run bench: measures what users feel, on this machine, with data it makes itself.
//   startup  checking one meeting file vs `node -e 0` (medians of alternating runs, clean
//            environment); a bundle that only parses the same YAML file is timed as a yardstick
//   batch    checking a folder of 5,000 meeting files vs reading and parsing them with the
//            yaml package in one process; files per second; peak memory
//   memory   20,000 and 100,000 meeting files: peak memory and time writing JSON to a pipe
//            (read by another process) and SARIF to a file, vs reading and parsing them with yaml
//   zoom     auditing 1,000 meetings against the emulator under a 20 requests/s limit, --rate 20
//   adaptive auditing 600 meetings with no --rate against a strict sliding-window limit
//            (at most N requests in any 1,000 ms, per rate-limit label) of 30/s, then 20/s,
//            then 30/s with 429s that carry no X-RateLimit headers: the share of the limit
//            reached and of requests answered 429
// Pass section names to run only some: `npm run bench -- startup batch`.
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}bin/mediate-check.js`;
const work = `${root}.bench/`;
mkdirSync(work, { recursive: true });
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
// A clean environment: an inherited NODE_EXTRA_CA_CERTS alone adds tens of ms to every Node start.
const cleanEnv = { PATH: process.env.PATH };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall time of one run, and its peak resident memory (from a preloaded reporter). */
function timeRun(args, { env = cleanEnv, rss = false } = {}) {
  const nodeArgs = rss ? ['--require', `${work}report-rss.cjs`, ...args] : args;
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, nodeArgs, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const peak = /peak-rss-bytes=(\d+)/.exec(r.stderr ?? '');
  return { ms, rssMiB: peak ? Number(peak[1]) / 1024 / 1024 : undefined };
}

async function yardsticks() {
  writeFileSync(`${work}report-rss.cjs`, "process.on('exit', () => process.stderr.write(`peak-rss-bytes=${process.resourceUsage().maxRSS * 1024}\\n`));\n");
  writeFileSync(
    `${work}yaml-only.mjs`,
    "import { readFileSync } from 'node:fs';\nimport { parseDocument } from 'yaml';\nfor (const f of process.argv.slice(2)) parseDocument(readFileSync(f, 'utf8')).toJS();\n",
  );
  await build({ entryPoints: [`${work}yaml-only.mjs`], outfile: `${work}yaml-only.cjs`, bundle: true, format: 'cjs', platform: 'node', minify: true, logLevel: 'warning' });
  // What the build (dist/) and this step just wrote goes to disk first, so that its
  // write-back does not run during the timed runs.
  spawnSync('sync');
}

function startup() {
  const runs = 40;
  const series = { base: [], check: [], yaml: [] };
  const file = 'fixtures/compliant-meeting.yaml';
  for (let i = 0; i < runs + 3; i++) {
    const base = timeRun(['-e', '0']).ms;
    const check = timeRun([bin, file]).ms;
    const yaml = timeRun([`${work}yaml-only.cjs`, file]).ms;
    if (i < 3) continue; // warm the file cache
    series.base.push(base);
    series.check.push(check);
    series.yaml.push(yaml);
  }
  const [b, c, y] = [median(series.base), median(series.check), median(series.yaml)];
  console.log(
    `startup: node -e 0 ${b.toFixed(1)} ms; check one file ${c.toFixed(1)} ms → ratio ${(c / b).toFixed(2)} ` +
      `(yardstick, a bundle that only parses the file: ${y.toFixed(1)} ms, ${(y / b).toFixed(2)}); medians of ${runs} alternating runs`,
  );
}

/** Writes `count` meeting files (the four fixtures in turn, each its own id and topic) in 50 folders under `dir`; a file listing them. */
function makeFiles(dir, count) {
  rmSync(dir, { recursive: true, force: true });
  const templates = ['compliant-meeting.yaml', 'risky-meeting.yaml', 'current-meeting.yaml', 'zoom-api-meeting.json'].map((f) => ({
    ext: f.slice(f.lastIndexOf('.')),
    text: readFileSync(`${root}fixtures/${f}`, 'utf8'),
  }));
  const files = [];
  for (let i = 0; i < 50; i++) mkdirSync(`${dir}${String(i).padStart(2, '0')}/`, { recursive: true });
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length];
    const sub = `${dir}${String(i % 50).padStart(2, '0')}/`;
    // Each file its own meeting id and topic, so nothing is shared by accident.
    const text = t.text.replace(/\b(85746065432|6589310093|91827364510|91234567890)\b/g, String(70000000000 + i)).replace(/Mediation - /, `Mediation ${i} - `);
    const file = `${sub}meeting-${i}${t.ext}`;
    writeFileSync(file, text);
    files.push(file);
  }
  const list = `${dir.replace(/\/$/, '')}-files.txt`;
  writeFileSync(list, files.join('\n'));
  // The files just written are still being written back to disk: a run that writes a report
  // file would wait behind them. Flush them first, so every run meets a quiet disk.
  spawnSync('sync');
  writeFileSync(`${work}yaml-batch.mjs`, "import { readFileSync } from 'node:fs';\nimport { parseDocument } from 'yaml';\nfor (const f of readFileSync(process.argv[2], 'utf8').split('\\n')) parseDocument(readFileSync(f, 'utf8')).toJS();\n");
  return list;
}

function batch() {
  const count = 5000;
  const dir = `${work}batch/`;
  const list = makeFiles(dir, count);

  const runs = 5;
  const yamlTimes = [];
  const checkTimes = [];
  const peaks = [];
  for (let i = 0; i < runs; i++) {
    yamlTimes.push(timeRun([`${work}yaml-batch.mjs`, list]).ms);
    const r = timeRun([bin, dir, '-f', 'json', '-o', `${work}batch-report.json`, '--fail-on', 'never'], { rss: true });
    checkTimes.push(r.ms);
    peaks.push(r.rssMiB);
  }
  const report = JSON.parse(readFileSync(`${work}batch-report.json`, 'utf8'));
  const [y, c] = [median(yamlTimes), median(checkTimes)];
  console.log(
    `batch: ${report.summary.targets} files; yaml parse alone ${y.toFixed(0)} ms, mediate-check ${c.toFixed(0)} ms → ratio ${(c / y).toFixed(2)}; ` +
      `${Math.round((count / c) * 1000)} files/s; peak memory ${Math.max(...peaks).toFixed(0)} MiB (medians of ${runs} alternating runs)`,
  );
}

/**
 * A check whose standard output is a pipe into another process that reads it all
 * (as a tool consuming the JSON would): wall time, mediate-check's own peak
 * memory (from the preloaded reporter) and the bytes the consumer read. As
 * timeRun, a check that exits other than 0 or 1 is not timed.
 */
function timeToPipe(args) {
  const quote = (arg) => `'${String(arg).replace(/'/g, "'\\''")}'`;
  const consumer = "let n = 0; process.stdin.on('data', (d) => { n += d.length; }); process.stdin.on('end', () => console.log(n));";
  // sh's status is the consumer's: the check's own exit code is written to standard error after it.
  const check = [process.execPath, '--require', `${work}report-rss.cjs`, ...args].map(quote).join(' ');
  const line = `(${check}; echo "check-exit=$?" >&2) | ${quote(process.execPath)} -e ${quote(consumer)}`;
  const start = process.hrtime.bigint();
  const r = spawnSync('/bin/sh', ['-c', line], { cwd: root, env: cleanEnv, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const peak = /peak-rss-bytes=(\d+)/.exec(r.stderr ?? '');
  // The last such line: the echo runs after the check has written all it will.
  const exit = [...(r.stderr ?? '').matchAll(/^check-exit=(\d+)$/gm)].at(-1)?.[1];
  if (exit !== '0' && exit !== '1') throw new Error(`${args.join(' ')} exited ${exit ?? '(unknown)'}: ${r.stderr}`);
  if (r.status !== 0 || !peak) throw new Error(`${line} failed: ${r.stderr}`);
  return { ms, bytes: Number(r.stdout.trim()), rssMiB: Number(peak[1]) / 1024 / 1024 };
}

/**
 * 20,000 and 100,000 files (BENCH_MEMORY_COUNTS=2000,5000 for a quick look):
 * peak memory and time writing JSON to a pipe and SARIF to a file, against
 * reading and parsing the same files with yaml in one process. Medians of
 * BENCH_MEMORY_RUNS (default 3) alternating runs; the files are removed after.
 */
function memory() {
  const runs = Number(process.env.BENCH_MEMORY_RUNS ?? 3);
  for (const count of process.env.BENCH_MEMORY_COUNTS?.split(',').map(Number) ?? [20000, 100000]) {
    const dir = `${work}memory/`;
    const list = makeFiles(dir, count);
    const series = { yaml: [], yamlPeak: [], json: [], jsonPeak: [], sarif: [], sarifPeak: [] };
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const yaml = timeRun([`${work}yaml-batch.mjs`, list], { rss: true });
      const json = timeToPipe([bin, dir, '-f', 'json', '--fail-on', 'never']);
      const sarif = timeRun([bin, dir, '-f', 'sarif', '-o', `${work}memory-report.sarif`, '--fail-on', 'never'], { rss: true });
      series.yaml.push(yaml.ms);
      series.yamlPeak.push(yaml.rssMiB);
      series.json.push(json.ms);
      series.jsonPeak.push(json.rssMiB);
      series.sarif.push(sarif.ms);
      series.sarifPeak.push(sarif.rssMiB);
      bytes = json.bytes;
    }
    const results = JSON.parse(readFileSync(`${work}memory-report.sarif`, 'utf8')).runs[0].results.length;
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${work}memory-report.sarif`, { force: true });
    const [y, j, s] = [median(series.yaml), median(series.json), median(series.sarif)];
    const peak = (xs) => `${Math.max(...xs).toFixed(0)} MiB`;
    console.log(
      `memory ${count.toLocaleString('en-US')} files: yaml parse alone ${(y / 1000).toFixed(1)} s, peak ${peak(series.yamlPeak)}; ` +
        `JSON to a pipe ${(j / 1000).toFixed(1)} s → ratio ${(j / y).toFixed(2)}, peak ${peak(series.jsonPeak)} (${(bytes / 1024 / 1024).toFixed(0)} MiB read by the consumer); ` +
        `SARIF to a file ${(s / 1000).toFixed(1)} s → ratio ${(s / y).toFixed(2)}, peak ${peak(series.sarifPeak)} (${results.toLocaleString('en-US')} results); ` +
        `medians of ${runs} alternating runs, highest peaks`,
    );
  }
}

async function emulatorModule() {
  await build({ entryPoints: [`${root}test/helpers/zoom-emulator.ts`], outfile: `${work}emulator.mjs`, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  return import(`${work}emulator.mjs`);
}

/** Audits `meetings` meetings of one user against `emulator`; the CLI's exit code, its JSON report and the wall time. */
async function auditAll(emulator, makeMeeting, makeUser, meetings, extraArgs) {
  emulator.addUser(makeUser('owner'));
  for (let i = 0; i < meetings; i++) emulator.addMeeting(makeMeeting(80000000000 + i, 'owner'));
  await emulator.start();
  const start = Date.now();
  const result = await new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'zoom', '--user', 'me', ...extraArgs, '-f', 'json', '--fail-on', 'never'], {
      cwd: root,
      env: { ...cleanEnv, ...emulator.env() },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.pipe(process.stderr);
    child.on('close', (code) => resolve({ code, out }));
  });
  const seconds = (Date.now() - start) / 1000;
  await emulator.stop();
  return { ...result, seconds, report: JSON.parse(result.out) };
}

async function zoom() {
  const { ZoomEmulator, makeMeeting, makeUser } = await emulatorModule();
  const limit = 20;
  const emulator = new ZoomEmulator({ rateLimit: limit });
  const { report, code, seconds } = await auditAll(emulator, makeMeeting, makeUser, 1000, ['--rate', String(limit)]);
  const requests = emulator.apiRequests() + emulator.tokenRequests;
  const served = emulator.log.filter((l) => l.path.startsWith('/v2/') && l.status !== 429);
  const rate = (served.length - 1) / ((served.at(-1).at - served[0].at) / 1000);
  console.log(
    `zoom: ${report.summary.targets} meetings checked (exit ${code}) in ${seconds.toFixed(1)} s; ` +
      `${requests} requests, ${emulator.rateLimited} answered 429; ` +
      `achieved ${rate.toFixed(1)} requests/s = ${(rate / limit).toFixed(3)} of the ${limit}/s limit`,
  );
}

async function adaptive() {
  const { ZoomEmulator, makeMeeting, makeUser } = await emulatorModule();
  // The 429s carry Zoom's X-RateLimit-* headers (limit, type QPS) unless `headers` is false: then the pace is found by probing alone.
  for (const { limit, headers } of [{ limit: 30, headers: true }, { limit: 20, headers: true }, { limit: 30, headers: false }]) {
    const meetings = 600;
    const emulator = new ZoomEmulator({ windowLimit: limit, rateLimitHeaders: headers });
    const { report, code, seconds } = await auditAll(emulator, makeMeeting, makeUser, meetings, []);
    const api = emulator.log.filter((l) => l.path.startsWith('/v2/'));
    const served = api.filter((l) => l.status !== 429);
    // The meeting reads (label Light) are what the limit binds; the few Medium reads have their own window.
    const light = served.filter((l) => /^\/v2\/meetings\//.test(l.path));
    const rate = (light.length - 1) / ((light.at(-1).at - light[0].at) / 1000);
    console.log(
      `adaptive ${limit}/s${headers ? '' : ', 429s without X-RateLimit headers'}: ${report.summary.targets} meetings checked (exit ${code}, ${report.summary.errored} errors) in ${seconds.toFixed(1)} s with no --rate; ` +
        `${api.length} API requests, ${emulator.rateLimited} answered 429 = ${((100 * emulator.rateLimited) / api.length).toFixed(1)} %; ` +
        `meeting reads at ${rate.toFixed(1)} requests/s = ${(rate / limit).toFixed(3)} of the strict ${limit}/s limit`,
    );
  }
}

await yardsticks();
if (wanted('startup')) startup();
if (wanted('batch')) batch();
if (wanted('memory')) memory();
if (wanted('zoom')) await zoom();
if (wanted('adaptive')) await adaptive();
