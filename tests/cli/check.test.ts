import type { CheckReport } from '../../src/cli/main.js';

import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { MAX_FILE_BYTES } from '../../src/cli/files.js';
import { BROKEN, CLEAN, FIXABLE, UNFIXABLE, UNRELATED, createGitRepo, createTempDirectory, git, runCli, writeFiles } from './helpers.js';

function parseReport(stdout: string): CheckReport {
  return JSON.parse(stdout) as CheckReport;
}

describe('oauth-tokens check', () => {
  it('exits 0 without findings and 1 with findings', async () => {
    const clean = createGitRepo({ 'src/profile.ts': CLEAN, 'src/math.ts': UNRELATED });
    expect((await runCli(clean, ['check'])).code).toBe(0);
    const dirty = createGitRepo({ 'src/callback.ts': FIXABLE });
    expect((await runCli(dirty, ['check'])).code).toBe(1);
  });

  it('exits 2 on usage errors', async () => {
    const root = createGitRepo({ 'a.ts': CLEAN });
    for (const argv of [['check', '--format', 'xml'], ['check', '--bogus'], ['frobnicate'], ['check', '--shard', '3/2'], ['check', 'missing-dir'], ['check', '..']]) {
      const run = await runCli(root, argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toMatch(/^oauth-tokens: /);
    }
  });

  it('writes the documented JSON report', async () => {
    const root = createGitRepo({ 'src/callback.ts': FIXABLE, 'src/profile.js': UNFIXABLE, 'src/math.ts': UNRELATED, 'src/broken.ts': BROKEN });
    const run = await runCli(root, ['check', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = parseReport(run.stdout);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({
      filesScanned: 4,
      skippedByPrefilter: 1,
      filesLinted: 3,
      findings: 2,
      filesWithFindings: 2,
      parseErrors: 1,
      skippedFiles: 0,
    });
    expect(report.findings[0]).toEqual({
      file: 'src/callback.ts',
      line: 6,
      column: 41,
      endLine: 6,
      endColumn: 56,
      ruleId: 'oauth-tokens/no-id-token-as-bearer',
      messageId: 'idTokenAsBearer',
      message: expect.stringMatching(/^An ID token is sent as a bearer credential\./),
      docsUrl: expect.stringMatching(/\/docs\/rules\/no-id-token-as-bearer\.md$/),
      suggestions: [{ messageId: 'useAccessToken', description: expect.stringContaining('access_token') }],
    });
    expect(report.findings[1]).toMatchObject({ file: 'src/profile.js', line: 3, suggestions: [] });
    expect(report.parseErrors).toEqual([{ file: 'src/broken.ts', line: 1, column: 22, message: expect.stringMatching(/^Parsing error/) }]);
  });

  it('lists a file that does not parse without failing the run', async () => {
    const root = createGitRepo({ 'src/broken.ts': BROKEN, 'src/profile.ts': CLEAN });
    const run = await runCli(root, ['check']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Parse errors');
    expect(run.stdout).toContain('src/broken.ts:1:22');
  });

  it('prints findings grouped by file with a code frame, the rule id and its docs link, without colors off a TTY', async () => {
    const root = createGitRepo({ 'src/callback.ts': FIXABLE });
    const { stdout } = await runCli(root, ['check']);
    expect(stdout).toContain('src/callback.ts\n  6:41  error  An ID token is sent');
    expect(stdout).toContain('> 6 |     headers: { Authorization: `Bearer ${tokens.id_token}` },');
    expect(stdout).toContain('oauth-tokens/no-id-token-as-bearer');
    expect(stdout).toContain('docs/rules/no-id-token-as-bearer.md');
    expect(stdout).toMatch(/✖ 1 finding in 1 file \(1 file scanned, 0 skipped by the prefilter, 1 linted\)/);
    expect(stdout).not.toContain('\u001B[');
  });

  it('respects .gitignore and skips dependencies, build output, minified and declaration files', async () => {
    const root = createGitRepo({
      '.gitignore': 'generated/\n',
      'src/callback.ts': FIXABLE,
      'node_modules/sdk/index.js': FIXABLE,
      'dist/callback.js': FIXABLE,
      'build/callback.js': FIXABLE,
      '.next/server.js': FIXABLE,
      'coverage/lcov.js': FIXABLE,
      'public/app.min.js': FIXABLE,
      'types/sdk.d.ts': FIXABLE,
      'README.md': FIXABLE,
    });
    writeFiles(root, { 'generated/client.ts': FIXABLE, 'src/untracked.ts': FIXABLE });
    const report = parseReport((await runCli(root, ['check', '--format', 'json'])).stdout);
    expect(report.findings.map((finding) => finding.file)).toEqual(['src/callback.ts', 'src/untracked.ts']);
    const explicit = parseReport((await runCli(root, ['check', '--format', 'json', 'generated/client.ts', 'types/sdk.d.ts'])).stdout);
    expect(explicit.findings.map((finding) => finding.file)).toEqual(['generated/client.ts']);
  });

  it('walks the tree with .gitignore files outside a git repository', async () => {
    const root = createTempDirectory();
    writeFiles(root, {
      '.gitignore': 'generated/\n*.gen.ts\n',
      'src/callback.ts': FIXABLE,
      'src/.gitignore': 'local/\n',
      'src/local/a.ts': FIXABLE,
      'src/api.gen.ts': FIXABLE,
      'generated/b.ts': FIXABLE,
      'node_modules/c/index.js': FIXABLE,
    });
    const report = parseReport((await runCli(root, ['check', '--format', 'json'])).stdout);
    expect(report.findings.map((finding) => finding.file)).toEqual(['src/callback.ts']);
  });

  it('skips binary files and files over 1 MiB with a message', async () => {
    const root = createGitRepo({
      'src/callback.ts': FIXABLE,
      'src/binary.js': Buffer.from([0x61, 0x00, 0x74, 0x6f, 0x6b, 0x65, 0x6e]),
      'src/huge.js': `// token\n${'x'.repeat(MAX_FILE_BYTES)}\n`,
    });
    const run = await runCli(root, ['check']);
    expect(run.stdout).toContain('src/binary.js: binary file');
    expect(run.stdout).toContain('src/huge.js: larger than 1 MiB');
    const report = parseReport((await runCli(root, ['check', '--format', 'json'])).stdout);
    expect(report.summary.skippedFiles).toBe(2);
  });

  it('survives a symlink loop and never follows a link out of the root', async () => {
    const outside = createTempDirectory();
    writeFiles(outside, { 'secret.ts': FIXABLE });
    for (const useGit of [true, false]) {
      const root = useGit ? createGitRepo({ 'src/profile.ts': CLEAN }) : createTempDirectory();
      writeFiles(root, { 'src/profile.ts': CLEAN });
      mkdirSync(join(root, 'loop'));
      symlinkSync(join(root, 'loop'), join(root, 'loop', 'self'));
      symlinkSync(root, join(root, 'src', 'up'));
      symlinkSync(outside, join(root, 'outside'));
      symlinkSync(join(outside, 'secret.ts'), join(root, 'src', 'secret.ts'));
      if (useGit) git(root, 'add', '--all');
      const run = await runCli(root, ['check', '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      expect(parseReport(run.stdout).findings).toEqual([]);
      expect((await runCli(root, ['check', 'outside'])).code).toBe(2);
    }
  }, 20_000);

  it('works when the working directory is reached through a symbolic link (macOS /tmp)', async () => {
    const root = createGitRepo({ 'src/callback.ts': FIXABLE });
    const link = join(createTempDirectory(), 'link');
    symlinkSync(root, link);
    const report = parseReport((await runCli(link, ['check', '--format', 'json'])).stdout);
    expect(report.findings.map((finding) => finding.file)).toEqual(['src/callback.ts']);
  });

  it('partitions files deterministically with --shard', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`src/f${index}.ts`, UNFIXABLE]));
    const root = createGitRepo(files);
    const shards: string[][] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const report = parseReport((await runCli(root, ['check', '--format', 'json', '--shard', shard])).stdout);
      shards.push(report.findings.map((finding) => finding.file));
    }
    const all = parseReport((await runCli(root, ['check', '--format', 'json'])).stdout).findings.map((finding) => finding.file);
    expect(shards.flat().sort()).toEqual([...all].sort());
    expect(new Set(shards.flat()).size).toBe(all.length);
    expect(shards.map((shard) => shard.length)).toEqual([4, 4, 4]);
    const again = parseReport((await runCli(root, ['check', '--format', 'json', '--shard', '2/3'])).stdout);
    expect(again.findings.map((finding) => finding.file)).toEqual(shards[1]);
  });

  it('reads settings from --config', async () => {
    const code = `export async function load(api) {
  const token = await getApiJwt();
  return api.get('/me', { headers: { Authorization: 'Bearer ' + token } });
}
`;
    const root = createGitRepo({
      'src/load.js': code,
      'eslint.config.js': "export default [{ settings: { 'oauth-tokens': { tokenFunctions: { getApiJwt: 'id' } } } }];\n",
      'package.json': '{ "type": "module" }\n',
      'bad.config.js': "export default [{ settings: { 'oauth-tokens': { nope: true } } }];\n",
    });
    expect((await runCli(root, ['check', 'src'])).code).toBe(0);
    expect((await runCli(root, ['check', 'src', '--config', 'eslint.config.js'])).code).toBe(1);
    const bad = await runCli(root, ['check', 'src', '--config', 'bad.config.js']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown key "nope"');
  });

  it('writes SARIF', async () => {
    const root = createGitRepo({ 'src/callback.ts': FIXABLE });
    const run = await runCli(root, ['check', '--format', 'sarif']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results.map((result) => result.ruleId)).toEqual(['oauth-tokens/no-id-token-as-bearer']);
  });
});
