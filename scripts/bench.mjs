// npm run bench: measures what users feel, on this machine, with data it makes itself.
//   startup  checking one meeting file vs `node -e 0` (medians of alternating runs, clean
//            environment); a bundle that only parses the same YAML file is timed as a yardstick
//   batch    checking a folder of 5,000 meeting files vs reading and parsing them with the
//            yaml package in one process; files per second; peak memory
//   zoom     auditing 1,000 meetings against the emulator under a 20 requests/s limit
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

function batch() {
  const count = 5000;
  const dir = `${work}batch/`;
  rmSync(dir, { recursive: true, force: true });
  const templates = ['compliant-meeting.yaml', 'risky-meeting.yaml', 'current-meeting.yaml', 'zoom-api-meeting.json'].map((f) => ({
    ext: f.slice(f.lastIndexOf('.')),
    text: readFileSync(`${root}fixtures/${f}`, 'utf8'),
  }));
  const files = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length];
    const sub = `${dir}${String(i % 50).padStart(2, '0')}/`;
    mkdirSync(sub, { recursive: true });
    // Each file its own meeting id and topic, so nothing is shared by accident.
    const text = t.text.replace(/\b(85746065432|6589310093|91827364510|91234567890)\b/g, String(70000000000 + i)).replace(/Mediation - /, `Mediation ${i} - `);
    const file = `${sub}meeting-${i}${t.ext}`;
    writeFileSync(file, text);
    files.push(file);
  }
  const list = `${work}batch-files.txt`;
  writeFileSync(list, files.join('\n'));
  writeFileSync(`${work}yaml-batch.mjs`, "import { readFileSync } from 'node:fs';\nimport { parseDocument } from 'yaml';\nfor (const f of readFileSync(process.argv[2], 'utf8').split('\\n')) parseDocument(readFileSync(f, 'utf8')).toJS();\n");

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

async function zoom() {
  await build({ entryPoints: [`${root}test/helpers/zoom-emulator.ts`], outfile: `${work}emulator.mjs`, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  const { ZoomEmulator, makeMeeting, makeUser } = await import(`${work}emulator.mjs`);
  const limit = 20;
  const meetings = 1000;
  const emulator = new ZoomEmulator({ rateLimit: limit });
  emulator.addUser(makeUser('owner'));
  for (let i = 0; i < meetings; i++) emulator.addMeeting(makeMeeting(80000000000 + i, 'owner'));
  await emulator.start();
  const start = Date.now();
  const result = await new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'zoom', '--user', 'me', '--rate', String(limit), '-f', 'json', '--fail-on', 'never'], {
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
  const report = JSON.parse(result.out);
  const requests = emulator.apiRequests() + emulator.tokenRequests;
  const served = emulator.log.filter((l) => l.path.startsWith('/v2/') && l.status !== 429);
  const rate = (served.length - 1) / ((served.at(-1).at - served[0].at) / 1000);
  console.log(
    `zoom: ${report.summary.targets} meetings checked (exit ${result.code}) in ${seconds.toFixed(1)} s; ` +
      `${requests} requests, ${emulator.rateLimited} answered 429; ` +
      `achieved ${rate.toFixed(1)} requests/s = ${(rate / limit).toFixed(3)} of the ${limit}/s limit`,
  );
}

await yardsticks();
if (wanted('startup')) startup();
if (wanted('batch')) batch();
if (wanted('zoom')) await zoom();
