// The processes the bench starts (the build, astro preview, Lighthouse's Chromium) and the ports
// they listen on; whatever is still running is stopped by cleanup() on exit or interrupt.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const children = new Set();
let cleaned = false;

/** The first port from `from` up that nothing on 127.0.0.1 listens on. */
export async function freePort(from) {
  for (let port = from; port < from + 50; port++) {
    const free = await new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from} to ${from + 49}`);
}

export async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Runs a command to completion, the end of its output shown only if it fails. */
export function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else {
        process.stderr.write(output.split('\n').slice(-40).join('\n') + '\n');
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      }
    });
  });
}

/**
 * Starts a server in its own process group, so that it and all its children can be stopped
 * together; `after` runs once it is stopped.
 */
export function startDetached(command, args, options, after) {
  const child = spawn(command, args, { ...options, detached: true, stdio: 'ignore' });
  const entry = { child, after };
  children.add(entry);
  return entry;
}

/** Stops a detached process group and waits (at most 5 s) for its leader to exit. */
export async function stopDetached(entry) {
  const { child } = entry;
  const exited = new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', resolve);
  });
  killGroup(child);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  children.delete(entry);
  try {
    entry.after?.();
  } catch {
    // a temporary profile left behind is harmless
  }
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Last resort on exit or interrupt: stop whatever is still running. */
export function cleanup() {
  if (cleaned) return;
  cleaned = true;
  for (const entry of children) {
    killGroup(entry.child);
    try {
      entry.after?.();
    } catch {
      // a temporary profile left behind is harmless
    }
  }
  children.clear();
}
