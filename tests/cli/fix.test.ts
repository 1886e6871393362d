import type { FixReport } from '../../src/cli/main.js';

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { codemods } from '../../codemods/index.js';
import { BROKEN, CLEAN, FIXABLE, UNFIXABLE, UNRELATED, createGitRepo, createTempDirectory, git, runCli, writeFiles } from './helpers.js';

const FIXED = FIXABLE.replace('tokens.id_token', 'tokens.access_token');

function read(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

describe('oauth-tokens fix', () => {
  it('--dry prints a unified diff and writes nothing, even on a dirty tree', async () => {
    const root = createGitRepo({ 'src/callback.ts': FIXABLE });
    writeFiles(root, { 'notes.txt': 'uncommitted\n' });
    const run = await runCli(root, ['fix', '--dry']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--- a/src/callback.ts\n+++ b/src/callback.ts\n');
    expect(run.stdout).toContain('-    headers: { Authorization: `Bearer ${tokens.id_token}` },\n+    headers: { Authorization: `Bearer ${tokens.access_token}` },');
    expect(run.stdout).toContain('Dry run, nothing written.');
    expect(read(root, 'src/callback.ts')).toBe(FIXABLE);
    expect(git(root, 'status', '--porcelain')).toBe('?? notes.txt\n');
    expect(readdirSync(join(root, 'src'))).toEqual(['callback.ts']);
  });

  it('refuses to write on a dirty tree (exit 2) and writes with --force', async () => {
    const root = createGitRepo({ 'src/callback.ts': FIXABLE });
    writeFiles(root, { 'src/wip.ts': UNRELATED });
    const refused = await runCli(root, ['fix']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Refusing to write: the git working tree has uncommitted changes/);
    expect(read(root, 'src/callback.ts')).toBe(FIXABLE);

    const forced = await runCli(root, ['fix', '--force']);
    expect(forced.code).toBe(0);
    expect(read(root, 'src/callback.ts')).toBe(FIXED);
  });

  it('rewrites on a clean tree, keeps the file mode, and check then reports strictly fewer findings', async () => {
    const root = createGitRepo({ 'src/callback.ts': FIXABLE, 'src/profile.ts': UNFIXABLE, 'src/math.ts': UNRELATED });
    chmodSync(join(root, 'src/callback.ts'), 0o640);
    const before = JSON.parse((await runCli(root, ['check', '--format', 'json'])).stdout) as { summary: { findings: number } };
    const run = await runCli(root, ['fix']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('src/profile.ts:3  oauth-tokens/no-id-token-as-bearer  no access token known on this object');
    expect(run.stdout).toContain('3 files scanned, 1 skipped by the prefilter, 1 rewritten, 1 findings fixed, 1 left for a human, 0 failed.');
    expect(read(root, 'src/callback.ts')).toBe(FIXED);
    expect(statSync(join(root, 'src/callback.ts')).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(root, 'src')).sort()).toEqual(['callback.ts', 'math.ts', 'profile.ts']);
    const after = JSON.parse((await runCli(root, ['check', '--format', 'json'])).stdout) as { summary: { findings: number } };
    expect(after.summary.findings).toBe(before.summary.findings - 1);

    git(root, 'commit', '--quiet', '--all', '-m', 'fix');
    const second = await runCli(root, ['fix', '--json']);
    expect((JSON.parse(second.stdout) as FixReport).summary.filesRewritten).toBe(0);
  });

  it('writes the documented JSON report', async () => {
    const root = createGitRepo({ 'src/callback.ts': FIXABLE, 'src/profile.ts': UNFIXABLE, 'src/math.ts': UNRELATED, 'src/broken.ts': BROKEN });
    const run = await runCli(root, ['fix', '--dry', '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as FixReport;
    expect(report).toEqual({
      version: 1,
      dryRun: true,
      codemods: Object.values(codemods).filter((codemod) => codemod.safe).map((codemod) => codemod.name),
      summary: { filesScanned: 4, skippedByPrefilter: 1, filesRewritten: 1, findingsFixed: 1, findingsLeft: 1, filesFailed: 1, skippedFiles: 0 },
      files: [
        { file: 'src/broken.ts', status: 'failed', fixed: 0, reason: expect.stringMatching(/^does not parse: /), diff: null },
        { file: 'src/callback.ts', status: 'rewritten', fixed: 1, reason: null, diff: expect.stringContaining('+++ b/src/callback.ts') },
      ],
      left: [
        {
          file: 'src/profile.ts',
          line: 3,
          column: 70,
          ruleId: 'oauth-tokens/no-id-token-as-bearer',
          messageId: 'idTokenAsBearer',
          codemod: 'id-token-to-access-token',
          reason: expect.stringContaining('pass the access token by hand'),
        },
      ],
      skippedFiles: [],
    });
  });

  it('lists a file with a syntax error, does not rewrite it, and exits 1', async () => {
    const root = createGitRepo({ 'src/broken.ts': `${BROKEN}fetch(x, { headers: { Authorization: \`Bearer \${tokens.id_token}\` } });\n`, 'src/callback.ts': FIXABLE });
    const broken = read(root, 'src/broken.ts');
    const run = await runCli(root, ['fix']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Failed \(not written\):\n {2}src\/broken\.ts: does not parse: /);
    expect(read(root, 'src/broken.ts')).toBe(broken);
    expect(read(root, 'src/callback.ts')).toBe(FIXED);
  });

  it('keeps CRLF line endings and the BOM', async () => {
    const crlf = `\uFEFF${FIXABLE.replaceAll('\n', '\r\n')}`;
    const root = createGitRepo({ 'src/callback.ts': crlf });
    expect((await runCli(root, ['fix'])).code).toBe(0);
    expect(read(root, 'src/callback.ts')).toBe(`\uFEFF${FIXED.replaceAll('\n', '\r\n')}`);
  });

  it('rejects an unknown codemod with the list of valid ones, and lists codemods', async () => {
    const root = createGitRepo({ 'src/callback.ts': FIXABLE });
    const unknown = await runCli(root, ['fix', '--codemod', 'id-token-to-access-token', '--codemod', 'make-secure']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(`oauth-tokens: Unknown codemod: make-secure. Valid codemods: ${Object.keys(codemods).join(', ')}.\n`);
    const list = await runCli(root, ['fix', '--list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^id-token-to-access-token {2}fixes oauth-tokens\/no-id-token-as-bearer {2}safe \(default\) {2}.+docs\/codemods\/id-token-to-access-token\.md$/m);
    expect(list.stdout.split('\n').filter(Boolean)).toHaveLength(Object.keys(codemods).length);
    expect(read(root, 'src/callback.ts')).toBe(FIXABLE);
  });

  it('proceeds outside git, and does not hang on a symlink loop', async () => {
    const root = createTempDirectory();
    writeFiles(root, { 'src/callback.ts': FIXABLE });
    mkdirSync(join(root, 'src', 'nested'));
    symlinkSync(join(root, 'src'), join(root, 'src', 'nested', 'loop'));
    const run = await runCli(root, ['fix']);
    expect(run.code).toBe(0);
    expect(read(root, 'src/callback.ts')).toBe(FIXED);
  });

  it('shows progress on a TTY only, on stderr', async () => {
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`src/f${index}.ts`, UNRELATED]));
    const root = createGitRepo(files);
    expect((await runCli(root, ['fix', '--dry'])).stderr).toBe('');
    expect((await runCli(root, ['fix', '--dry'], { tty: true })).stderr).toMatch(/fix --dry \[[#.]+\] \d+\/60 files/);
  });

  it('leaves correct code alone', async () => {
    const root = createGitRepo({ 'src/profile.ts': CLEAN });
    const run = await runCli(root, ['fix', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as FixReport).files).toEqual([]);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });
});

describe('oauth-tokens binary', () => {
  const bin = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));

  it('starts with a node shebang', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('runs as a process and sets the exit code', () => {
    const root = createGitRepo({ 'src/callback.ts': FIXABLE });
    writeFileSync(join(root, 'src', 'extra.ts'), CLEAN);
    const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url));
    const check = spawnSync(process.execPath, ['--import', tsx, bin, 'check', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(JSON.parse(check.stdout)).toMatchObject({ version: 1, summary: { findings: 1 } });
  }, 30_000);
});
