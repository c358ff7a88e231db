// `npm test`: every check, in order, stopping at the first failure, then a table of how long each
// phase took (printed on failure too). Phases in one step run side by side (they share little on
// two cores); their output still comes out phase by phase, each phase whole, in order.
//
//   lint ‖ type check → build ‖ unit → HTML check ‖ fixture builds, SCORM package → end-to-end
//
// Everything is CPU-bound on two cores, so each step pairs work that keeps both busy: ESLint and
// Prettier beside astro check (each one core for about half a minute), the unit tests beside the
// build (mostly one core). astro check and the builds all rewrite .astro/ (the fixture builds
// with other content), so no two of them run at once; the end-to-end tests run alone (their
// waits assume an unloaded machine).
//
// Options: --from=<phase> skips the phases before it (e.g. --from=e2e reuses an existing build);
// --only=<phase>[,<phase>] runs just those. Phase ids, in order: lint, check, build, unit, html,
// fixtures, e2e.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const node = process.execPath;
const bin = (name) => `node_modules/.bin/${name}`;

/**
 * @typedef {{ id: string, title: string, commands: string[][] }} Phase
 * Each command runs after the one before it succeeds (lint is ESLint, then Prettier).
 */
/** @type {Phase[][]} steps; the phases of a step run at the same time */
const STEPS = [
  [
    {
      id: 'lint',
      title: 'lint (ESLint, Prettier)',
      commands: [
        [node, bin('eslint'), '.'],
        [node, bin('prettier'), '--check', '--log-level=warn', '.'],
      ],
    },
    { id: 'check', title: 'type check (astro check)', commands: [[node, bin('astro'), 'check']] },
  ],
  [
    { id: 'build', title: 'build', commands: [[node, bin('astro'), 'build']] },
    { id: 'unit', title: 'unit (Vitest)', commands: [[node, bin('vitest'), 'run']] },
  ],
  [
    {
      id: 'html',
      title: 'HTML check (Nu)',
      commands: [[node, 'tests/tools/html-check.mjs']],
    },
    {
      id: 'fixtures',
      title: 'fixture builds, SCORM package',
      // The package (a build of its own, under a marker base path) is what the e2e story
      // tests/e2e/scorm.spec.ts imports into an LMS.
      commands: [
        [node, '--test-reporter=spec', 'tests/tools/fixture-builds.mjs'],
        [node, 'tools/package-scorm.mjs'],
      ],
    },
  ],
  [{ id: 'e2e', title: 'end-to-end (Playwright)', commands: [[node, bin('playwright'), 'test']] }],
];

const ids = STEPS.flat().map((p) => p.id);
const arg = (name) =>
  process.argv
    .slice(2)
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')[1];
const from = arg('from');
const only = arg('only')?.split(',');
for (const id of [from, ...(only ?? [])].filter(Boolean))
  if (!ids.includes(id)) {
    console.error(`npm test: no phase "${id}"; the phases are ${ids.join(', ')}.`);
    process.exit(2);
  }
const wanted = (id) =>
  only ? only.includes(id) : !from || ids.indexOf(id) >= ids.indexOf(from ?? ids[0]);

/** A free port for the preview server, unless SL_PORT names one (another run may hold 4321). */
async function freePort() {
  if (process.env['SL_PORT']) return process.env['SL_PORT'];
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  await new Promise((ok) => server.close(ok));
  return String(typeof address === 'object' && address ? address.port : 4321);
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SL_PORT: await freePort() };
// Child tools see no terminal here; keep their colours when ours is one.
if (process.stdout.isTTY && !('FORCE_COLOR' in env)) env['FORCE_COLOR'] = '1';

/** @type {Map<string, { status: string, seconds?: number, note?: string }>} */
const results = new Map(STEPS.flat().map((p) => [p.id, { status: 'not run' }]));
/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

const rule = (text) => console.log(`\n━━━ ${text} ${'━'.repeat(Math.max(3, 76 - text.length))}`);

/**
 * Runs one phase's commands. Its output goes to the terminal as it comes when `live`, otherwise
 * into a buffer that `flush` prints (and after which it goes live).
 */
function runPhase(phase) {
  const chunks = [];
  let live = false;
  const write = (chunk) => (live ? process.stdout.write(chunk) : chunks.push(chunk));
  const started = performance.now();
  const done = (async () => {
    for (const command of phase.commands) {
      const [exe, ...args] = command;
      const child = spawn(exe, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      running.add(child);
      child.stdout.on('data', write);
      child.stderr.on('data', write);
      const code = await new Promise((ok) =>
        child.on('close', (c, signal) => ok(c ?? (signal ? 128 : 1))),
      );
      running.delete(child);
      if (code !== 0) return { code, command };
    }
    return { code: 0 };
  })().then((outcome) => ({ ...outcome, seconds: (performance.now() - started) / 1000 }));
  const run = {
    phase,
    done,
    /** @type {{ code: number, seconds: number } | undefined} set once the phase has ended */
    outcome: undefined,
    flush() {
      for (const chunk of chunks.splice(0)) process.stdout.write(chunk);
      live = true;
    },
  };
  void done.then((o) => (run.outcome = o));
  return run;
}

/** Ends every phase still running (each was started in a process group of its own). */
function stopAll() {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

function table(totalSeconds) {
  const width = Math.max(...STEPS.flat().map((p) => p.title.length)) + 2;
  console.log(`\n${'phase'.padEnd(width)}  seconds  result`);
  for (const step of STEPS)
    for (const [i, phase] of step.entries()) {
      const r = results.get(phase.id) ?? { status: '?' };
      const seconds = r.seconds === undefined ? '' : r.seconds.toFixed(1);
      // Phases run side by side are marked with ‖ (their seconds overlap).
      const name = `${step.length > 1 && i > 0 ? '‖ ' : ''}${phase.title}`;
      console.log(`${name.padEnd(width)}  ${seconds.padStart(7)}  ${r.status}`);
    }
  console.log(`${'total (wall clock)'.padEnd(width)}  ${totalSeconds.toFixed(1).padStart(7)}`);
}

const begun = performance.now();
let failed = null;

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stopAll();
    console.log(`\nnpm test: stopped by ${signal}.`);
    table((performance.now() - begun) / 1000);
    process.exit(130);
  });

/** Records a finished phase. */
function record(run, outcome) {
  let status = outcome.code ? `FAILED (exit code ${outcome.code})` : 'passed';
  if (run.phase.id === 'html' && !outcome.code && env['SL_HTML_CHECK_REPORT_ONLY'] === '1')
    status = 'passed, but errors were only reported (SL_HTML_CHECK_REPORT_ONLY=1)';
  results.set(run.phase.id, { status, seconds: outcome.seconds });
}

for (const step of STEPS) {
  for (const p of step.filter((p) => !wanted(p.id))) results.get(p.id).status = 'skipped';
  const runs = step.filter((p) => wanted(p.id)).map(runPhase);
  if (!runs.length) continue;
  const together = runs.length > 1;
  // Settles with the first phase of this step that fails, whichever is printing.
  const firstFailure = new Promise((settle) => {
    for (const run of runs) void run.done.then((o) => o.code && settle({ run, outcome: o }));
  });
  // Output phase by phase: each one's output so far, then the rest of it as it comes.
  for (const run of runs) {
    const others = runs.filter((r) => r !== run).map((r) => r.phase.id);
    rule(`${run.phase.title}${together ? ` (running beside ${others.join(', ')})` : ''}`);
    run.flush();
    const first = await Promise.race([run.done.then((o) => ({ run, outcome: o })), firstFailure]);
    if (first.outcome.code) {
      stopAll();
      if (first.run !== run) {
        rule(`${first.run.phase.title} (failed while ${run.phase.id} ran)`);
        first.run.flush();
      }
      record(first.run, first.outcome);
      failed = first.run.phase;
      break;
    }
    record(run, first.outcome);
  }
  if (failed) {
    for (const run of runs) {
      const r = results.get(run.phase.id);
      if (r.status !== 'not run') continue;
      if (run.outcome) record(run, run.outcome);
      else r.status = 'stopped (a phase beside it failed)';
    }
    break;
  }
}

const total = (performance.now() - begun) / 1000;
if (failed) {
  console.log(
    `\nnpm test: FAILED at "${failed.title}". Its output is above; the phases after it did not run.`,
  );
  table(total);
  process.exit(1);
}
rule('summary');
const skipped = [...results.values()].filter((r) => r.status === 'skipped').length;
console.log(`npm test: every phase passed${skipped ? ` (${skipped} skipped)` : ''}.`);
table(total);
