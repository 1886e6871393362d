/**
 * The package as Node resolves it through `exports`, from the build in dist/ (`npm run build`
 * first, as .ci/run does): ESM import, `require()` of the ESM build (Node 20.19+ `require(esm)`,
 * through `export { plugin as 'module.exports' }`) and the `./sarif` subpath.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function runNode(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();
}

describe('package exports', () => {
  beforeAll(() => {
    if (!existsSync(`${root}dist/src/index.js`)) throw new Error('dist/ is missing: run `npm run build` before this test.');
  });

  it('require() returns the plugin object itself', () => {
    const output = runNode([
      '-e',
      "const p = require('eslint-plugin-oauth-tokens'); console.log(JSON.stringify([p.meta.name, typeof p.rules, Object.keys(p.configs), p.default === undefined]))",
    ]);
    expect(JSON.parse(output)).toEqual(['eslint-plugin-oauth-tokens', 'object', ['recommended', 'recommended-type-checked', 'strict'], true]);
  });

  it('import gives the same plugin as the default export', () => {
    const output = runNode([
      '--input-type=module',
      '-e',
      "import p from 'eslint-plugin-oauth-tokens'; import { createRequire } from 'node:module'; console.log(p === createRequire(import.meta.url)('eslint-plugin-oauth-tokens'))",
    ]);
    expect(output).toBe('true');
  });

  it('exposes the SARIF formatter as ./sarif', () => {
    const output = runNode([
      '--input-type=module',
      '-e',
      "import format, { formatSarif } from 'eslint-plugin-oauth-tokens/sarif'; console.log(typeof format, typeof formatSarif, JSON.parse(formatSarif([], { cwd: process.cwd() })).version)",
    ]);
    expect(output).toBe('function function 2.1.0');
  });
});
