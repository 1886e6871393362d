#!/usr/bin/env node
// Packed-tarball smoke test: `npm pack`s the built package, installs the tarball into a throwaway
// project once with ESLint 9 and once with ESLint 10, and lints a small vulnerable file from an ESM
// `eslint.config.js` (`import oauthTokens from 'eslint-plugin-oauth-tokens'`) and from a CommonJS
// `eslint.config.cjs` (`require('eslint-plugin-oauth-tokens')`). It also runs the SARIF formatter
// through `eslint -f`. Exits non-zero on any mismatch.
//
// Run after `npm run build`: `npm run smoke`. The projects live in <tmpdir>/oauth-tokens-smoke/eslint-<major>
// and are reused between runs, so a second run installs from the npm cache.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const workspace = join(tmpdir(), 'oauth-tokens-smoke');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const INSTALL_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', '--no-package-lock'];

/** ESLint majors the package supports (peerDependencies `^9.22.0 || ^10.0.0`). */
const ESLINT_VERSIONS = { 9: 'eslint@^9.22.0', 10: 'eslint@^10.0.0' };

/** A file with one finding per rule of the recommended config that it exercises. */
const VULNERABLE_FILE = `import { UserManager } from 'oidc-client-ts';

const userManager = new UserManager({ authority: 'https://issuer.example', client_id: 'spa', redirect_uri: '/callback' });

export async function loadOrders(): Promise<Response> {
  const user = await userManager.getUser();
  return fetch('/api/orders', { headers: { Authorization: \`Bearer \${user?.id_token}\` } });
}

export async function rememberUser(): Promise<void> {
  const user = await userManager.getUser();
  localStorage.setItem('refresh_token', user?.refresh_token ?? '');
}

export function loadProfile(accessToken: string): Promise<Response> {
  return fetch('/api/me', { headers: { Authorization: \`Bearer \${accessToken}\` } });
}
`;

/** `ruleId:line` of every finding expected in VULNERABLE_FILE. */
const EXPECTED = ['oauth-tokens/no-id-token-as-bearer:7', 'oauth-tokens/no-token-in-storage:12'];

const ESM_CONFIG = `import tsParser from '@typescript-eslint/parser';
import oauthTokens from 'eslint-plugin-oauth-tokens';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  oauthTokens.configs.recommended,
];
`;

const CJS_CONFIG = `const tsParser = require('@typescript-eslint/parser');
const oauthTokens = require('eslint-plugin-oauth-tokens');

module.exports = [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  oauthTokens.configs.recommended,
];
`;

let failures = 0;

function fail(message) {
  failures += 1;
  console.error(`  ✗ ${message}`);
}

function pass(message) {
  console.log(`  ✓ ${message}`);
}

function pack() {
  if (!existsSync(join(root, 'dist/src/index.js'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  mkdirSync(workspace, { recursive: true });
  for (const file of readdirSync(workspace)) if (file.endsWith('.tgz')) rmSync(join(workspace, file));
  const output = execFileSync(npm, ['pack', '--json', '--pack-destination', workspace], { cwd: root, encoding: 'utf8' });
  const [{ filename }] = JSON.parse(output);
  return join(workspace, filename);
}

function install(major, tarball) {
  const project = join(workspace, `eslint-${major}`);
  mkdirSync(join(project, 'src'), { recursive: true });
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: `smoke-eslint-${major}`, private: true, type: 'module' }, undefined, 2)}\n`);
  execFileSync(
    npm,
    ['install', ...INSTALL_FLAGS, tarball, ESLINT_VERSIONS[major], '@typescript-eslint/parser@^8', 'typescript@>=5.0.0 <6.1.0'],
    { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  writeFileSync(join(project, 'src/vulnerable.ts'), VULNERABLE_FILE);
  writeFileSync(join(project, 'eslint.config.js'), ESM_CONFIG);
  writeFileSync(join(project, 'eslint.config.cjs'), CJS_CONFIG);
  return project;
}

function runEslint(project, args) {
  const result = spawnSync(process.execPath, [join(project, 'node_modules/eslint/bin/eslint.js'), ...args], {
    cwd: project,
    encoding: 'utf8',
  });
  return result;
}

function checkConfig(project, configFile) {
  const result = runEslint(project, ['--config', configFile, '--format', 'json', 'src/vulnerable.ts']);
  if (result.status !== 1) {
    fail(`${configFile}: expected exit code 1 (findings), got ${result.status}\n${result.stderr}`);
    return;
  }
  const [lintResult] = JSON.parse(result.stdout);
  const actual = lintResult.messages.map((message) => `${message.ruleId}:${message.line}`).sort();
  if (JSON.stringify(actual) === JSON.stringify([...EXPECTED].sort())) pass(`${configFile}: ${actual.join(', ')}`);
  else fail(`${configFile}: expected ${EXPECTED.join(', ')}, got ${actual.join(', ') || 'nothing'}`);
}

function checkSarif(project) {
  const formatter = './node_modules/eslint-plugin-oauth-tokens/dist/src/formatters/sarif.js';
  const result = runEslint(project, ['--config', 'eslint.config.js', '--format', formatter, 'src/vulnerable.ts']);
  try {
    const log = JSON.parse(result.stdout);
    const run = log.runs[0];
    const actual = run.results.map((r) => `${r.ruleId}:${r.locations[0].physicalLocation.region.startLine}`).sort();
    const uris = run.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    const withHelp = run.tool.driver.rules.filter((rule) => rule.help?.markdown?.includes('## Examples'));
    if (log.version !== '2.1.0') fail('SARIF: version is not 2.1.0');
    else if (JSON.stringify(actual) !== JSON.stringify([...EXPECTED].sort())) fail(`SARIF: got ${actual.join(', ')}`);
    else if (uris.some((uri) => uri !== 'src/vulnerable.ts')) fail(`SARIF: URIs not repo-relative: ${uris.join(', ')}`);
    else if (withHelp.length !== run.tool.driver.rules.length) fail('SARIF: a rule has no help.markdown from docs/');
    else pass(`-f ${formatter}: ${actual.join(', ')}`);
  } catch (error) {
    fail(`SARIF formatter output is not a SARIF log: ${error.message}\n${result.stderr}`);
  }
}

const started = Date.now();
const tarball = pack();
console.log(`packed ${tarball}`);
for (const major of Object.keys(ESLINT_VERSIONS)) {
  const project = install(major, tarball);
  const version = execFileSync(process.execPath, [join(project, 'node_modules/eslint/bin/eslint.js'), '--version'], {
    cwd: project,
    encoding: 'utf8',
  }).trim();
  console.log(`ESLint ${version} (${project})`);
  checkConfig(project, 'eslint.config.js');
  checkConfig(project, 'eslint.config.cjs');
  checkSarif(project);
}
console.log(`smoke: ${failures === 0 ? 'passed' : `${failures} failed`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures === 0 ? 0 : 1);
