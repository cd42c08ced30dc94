// npm run bench: measures what users feel, on this machine, with data it makes itself.
//   startup  one meeting file vs `node -e 0` (median of alternating runs, clean env)
//   zoom     auditing 1,000 meetings against the emulator under a 20 requests/s limit
// Pass section names to run only some: `npm run bench -- startup`.
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/mediate-check.js', import.meta.url));
const work = fileURLToPath(new URL('../.bench/', import.meta.url));
mkdirSync(work, { recursive: true });
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
// A clean environment: an inherited NODE_EXTRA_CA_CERTS alone adds tens of ms to every Node start.
const cleanEnv = { PATH: process.env.PATH };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function timeRun(args, env = cleanEnv) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function startup() {
  const runs = 30;
  const base = [];
  const check = [];
  for (let i = 0; i < 3; i++) {
    timeRun(['-e', '0']);
    timeRun([bin, 'fixtures/compliant-meeting.yaml']);
  }
  for (let i = 0; i < runs; i++) {
    base.push(timeRun(['-e', '0']));
    check.push(timeRun([bin, 'fixtures/compliant-meeting.yaml']));
  }
  const b = median(base);
  const c = median(check);
  console.log(`startup: node -e 0 ${b.toFixed(1)} ms, check one file ${c.toFixed(1)} ms (medians of ${runs} alternating runs) → ratio ${(c / b).toFixed(2)}`);
}

async function zoom() {
  await build({ entryPoints: ['test/helpers/zoom-emulator.ts'], outfile: `${work}emulator.mjs`, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
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
  const span = (served.at(-1).at - served[0].at) / 1000;
  const rate = (served.length - 1) / span;
  console.log(
    `zoom: ${report.summary.targets} meetings checked (exit ${result.code}) in ${seconds.toFixed(1)} s; ` +
      `${requests} requests, ${emulator.rateLimited} answered 429; ` +
      `achieved ${rate.toFixed(1)} requests/s = ${(rate / limit).toFixed(3)} of the ${limit}/s limit`,
  );
}

if (wanted('startup')) startup();
if (wanted('zoom')) await zoom();
