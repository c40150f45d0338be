/**
 * Runs a command and keeps its output back unless it fails, so that a green `npm test` or
 * `npm run verify` reads as one line per step:
 *
 *   node scripts/quietly.mjs vite build --config vite.bundle.config.ts
 *
 * On success it prints one line: the command's own last line when that is a summary in the
 * project's form (`size: 14 entries within budget.`), else `<npm script name>: done in 3.1 s`.
 * On failure it prints everything the command wrote, stdout and stderr in the order they came,
 * then exits with the command's code.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/quietly.mjs <command> [arguments…]');
  process.exit(2);
}
const label = process.env.npm_lifecycle_event ?? command;
const summaryLine = /^[\w:.-]+: \S/;

const startedAt = performance.now();
const chunks = [];
const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
child.stdout.on('data', (chunk) => chunks.push(chunk));
child.stderr.on('data', (chunk) => chunks.push(chunk));
child.on('error', (error) => {
  console.error(`${label}: could not run \`${command}\`: ${error.message}`);
  process.exit(1);
});
child.on('close', (code, signal) => {
  const output = Buffer.concat(chunks).toString('utf8');
  if (code === 0) {
    const lastLine = output.trimEnd().split('\n').at(-1)?.trim() ?? '';
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    console.log(summaryLine.test(lastLine) ? lastLine : `${label}: done in ${seconds} s`);
    return;
  }
  process.stdout.write(output.endsWith('\n') || output === '' ? output : `${output}\n`);
  console.error(`${label}: \`${[command, ...args].join(' ')}\` failed (${signal ?? `exit code ${code}`})`);
  process.exit(code ?? 1);
});
