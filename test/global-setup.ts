/**
 * Builds dist/ once before the tests, so that end-to-end tests run the real
 * `bin/extract` (and worker threads load the compiled worker) on the current sources.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', root], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`the build (tsc -p .) failed, so the tests cannot run the binary:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
}
