/**
 * Runs a build command only when its output is missing or older than one of its inputs, so that
 * `npm test` and `npm run verify` in one CI run write each artefact once:
 *
 *   node scripts/when-stale.mjs custom-elements.json src package-lock.json -- <command…>
 *
 * Inputs are files or folders (walked; a folder's own time changes when a file is added or
 * removed). Prints `<npm script name>: <output> is up to date` when it skips the command.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const separator = process.argv.indexOf('--');
const [output, ...inputs] = process.argv.slice(2, separator);
const [command, ...args] = separator > 0 ? process.argv.slice(separator + 1) : [];
if (!output || inputs.length === 0 || !command) {
  console.error('usage: node scripts/when-stale.mjs <output> <input…> -- <command> [arguments…]');
  process.exit(2);
}

/** The newest modification time of a file, or of a folder and everything in it. */
function newestTime(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestTime(join(path, entry)));
  return newest;
}

let outputTime;
try {
  outputTime = statSync(output).mtimeMs;
} catch {
  outputTime = -Infinity;
}

if (inputs.every((input) => newestTime(input) <= outputTime)) {
  console.log(`${process.env.npm_lifecycle_event ?? command}: ${output} is up to date`);
} else {
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('error', (error) => {
    console.error(`could not run \`${command}\`: ${error.message}`);
    process.exit(1);
  });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
