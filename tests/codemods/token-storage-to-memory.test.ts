import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import codemod, { createStoreModule } from '../../codemods/token-storage-to-memory.js';
import { codemods } from '../../codemods/index.js';
import { resolveSettings } from '../../src/analysis/settings.js';
import { createPluginLinter } from '../../src/cli/linter.js';
import { CodemodRunner } from '../../src/codemod/runner.js';
import { rules } from '../../rules/index.js';
import { createGitRepo, git, runCli } from '../cli/helpers.js';
import { testCodemodFixtures } from './harness.js';

testCodemodFixtures(codemod);

/** A project that exists only in memory; under the working directory, where the linter looks. */
const root = `${process.cwd()}/virtual-project`;
const linter = createPluginLinter(process.cwd(), undefined, { extraRules: [codemod.fixesRule] });

/** Runs the codemod on an in-memory project: the project pass, then every file. */
async function runProject(files: Readonly<Record<string, string>>, storePath?: string) {
  const runner = new CodemodRunner({
    codemods: [codemod],
    context: storePath === undefined ? { settings: resolveSettings(undefined) } : { settings: resolveSettings(undefined), storePath },
    lint: (text, filePath) => linter.lintText(text, filePath),
  });
  const entries = Object.entries(files).map(([path, text]) => ({ path: `${root}/${path}`, text }));
  const prepared = await runner.prepare(root, entries);
  const outcomes: Record<string, Awaited<ReturnType<CodemodRunner['runFile']>>> = {};
  for (const entry of entries) outcomes[entry.path.slice(root.length + 1)] = await runner.runFile(entry.path, entry.text);
  return { prepared, outcomes };
}

const LOGIN = `import { getTokens } from './client.js';

export async function login() {
  const tokens = await getTokens();
  localStorage.setItem('access_token', tokens.access_token);
}
`;

describe('token-storage-to-memory', () => {
  it('is registered, opt-in, warns about reloads, and fixes an existing rule', () => {
    expect(codemods[codemod.name]).toBe(codemod);
    expect(codemod.safe).toBe(false);
    expect(codemod.warning).toMatch(/no longer survive a page reload/);
    expect(Object.keys(rules)).toContain(codemod.fixesRule);
  });

  it('rewrites a read in another file that has no finding, and creates the store once under src/', async () => {
    const { prepared, outcomes } = await runProject({
      'src/auth/login.ts': LOGIN,
      'src/api/http.ts': `import ky from 'ky';

export const http = ky.extend({
  hooks: { beforeRequest: [(request) => request.headers.set('Authorization', \`Bearer \${localStorage.getItem('access_token')}\`)] },
});
`,
    });
    expect(prepared.createFiles).toEqual([{ path: `${root}/src/token-memory-store.ts`, text: createStoreModule(true), codemod: codemod.name }]);
    const http = outcomes['src/api/http.ts'];
    expect(http?.status).toBe('rewritten');
    expect(http?.status === 'rewritten' && http.text).toContain(
      "import ky from 'ky';\nimport { tokenMemoryStore } from '../token-memory-store';\n",
    );
    expect(http?.status === 'rewritten' && http.text).toContain("tokenMemoryStore.get('access_token')");
    const login = outcomes['src/auth/login.ts'];
    expect(login?.status === 'rewritten' && login.text).toContain("import { tokenMemoryStore } from '../token-memory-store.js';");
  });

  it('leaves a key alone when another file reads it in a way it cannot rewrite', async () => {
    const { prepared, outcomes } = await runProject({
      'src/login.ts': LOGIN,
      'src/debug.ts': `export function dump() {
  return Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)]);
}
`,
    });
    expect(prepared.createFiles).toEqual([]);
    expect(outcomes['src/login.ts']).toMatchObject({
      status: 'unchanged',
      left: [expect.objectContaining({ line: 5, codemod: codemod.name, reason: expect.stringContaining('every key of `localStorage` is listed at src/debug.ts:2') })],
    });
    expect(outcomes['src/debug.ts']?.status).toBe('unchanged');
  });

  it('ignores a dynamic key whose template cannot name the token key, and uses --store-path', async () => {
    const { prepared, outcomes } = await runProject(
      {
        'app/login.ts': LOGIN,
        'app/drafts.ts': `export const loadDraft = (id: string) => localStorage.getItem(\`draft:\${id}\`);
`,
      },
      'app/lib/memory.ts',
    );
    expect(prepared.createFiles.map((file) => file.path)).toEqual([`${root}/app/lib/memory.ts`]);
    const login = outcomes['app/login.ts'];
    expect(login?.status === 'rewritten' && login.text).toContain("import { tokenMemoryStore } from './lib/memory.js';");
    expect(outcomes['app/drafts.ts']?.status).toBe('unchanged');
  });

  it('creates a JavaScript store for a JavaScript project', async () => {
    const { prepared } = await runProject({ 'login.js': LOGIN });
    expect(prepared.createFiles.map((file) => file.path)).toEqual([`${root}/token-memory-store.js`]);
    expect(prepared.createFiles[0]?.text).not.toContain(': string');
  });

  it('lists a token written through a helper, and blocks the area for the helper’s dynamic key', async () => {
    const { outcomes } = await runProject({
      'src/session.ts': `export function save(key: string, value: string) {
  localStorage.setItem(key, value);
}

export function onLogin(accessToken: string) {
  save('access_token', accessToken);
}
`,
    });
    const outcome = outcomes['src/session.ts'];
    expect(outcome?.status).toBe('unchanged');
    expect(outcome?.left.map((left) => left.reason)).toEqual([expect.stringMatching(/helper function whose key is a parameter/)]);
  });

  it('skips every finding when called without its project pass', () => {
    const result = codemod.transform({ getFullText: () => '' } as never, [{ start: 0, end: 0 } as never], { settings: resolveSettings(undefined) });
    expect(result).toEqual({ changed: false, skipped: [expect.objectContaining({ reason: expect.stringMatching(/project pass/) })] });
  });
});

describe('oauth-tokens fix --codemod token-storage-to-memory', () => {
  const files = {
    'src/auth/login.ts': LOGIN,
    'src/api/client.ts': `import { ofetch } from 'ofetch';

export const api = ofetch.create({ onRequest: ({ options }) => options.headers.set('Authorization', \`Bearer \${localStorage.getItem('access_token')}\`) });
`,
  };

  it('is not run by default', async () => {
    const root = createGitRepo(files);
    const run = await runCli(root, ['fix', '--dry']);
    expect(run.stdout).not.toContain('tokenMemoryStore');
    expect(run.stdout).toContain('fixable by codemod token-storage-to-memory, which was not selected');
  });

  it('--dry shows the store it would create, the rewrites and the reload warning, and writes nothing', async () => {
    const root = createGitRepo(files);
    const run = await runCli(root, ['fix', '--dry', '--codemod', 'token-storage-to-memory']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+++ b/src/token-memory-store.ts');
    expect(run.stdout).toContain("+export const api = ofetch.create({ onRequest: ({ options }) => options.headers.set('Authorization', `Bearer ${tokenMemoryStore.get('access_token')}`) });");
    expect(run.stdout).toMatch(/Would create:\n {2}src\/token-memory-store\.ts\n/);
    expect(run.stdout).toMatch(/Warning:\n {2}token-storage-to-memory: tokens moved to memory no longer survive a page reload/);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('writes the store and the rewrites; a second run changes nothing', async () => {
    const root = createGitRepo(files);
    const run = await runCli(root, ['fix', '--json', '--codemod', 'token-storage-to-memory']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { createdFiles: string[]; warnings: string[]; summary: { filesRewritten: number; findingsFixed: number } };
    expect(report.createdFiles).toEqual(['src/token-memory-store.ts']);
    expect(report.warnings).toEqual([codemod.warning]);
    expect(report.summary).toMatchObject({ filesRewritten: 2, findingsFixed: 1 });
    expect(readFileSync(join(root, 'src/token-memory-store.ts'), 'utf8')).toBe(createStoreModule(true));
    expect(readFileSync(join(root, 'src/auth/login.ts'), 'utf8')).toContain("tokenMemoryStore.set('access_token', tokens.access_token);");
    git(root, 'add', '--all');
    git(root, 'commit', '--quiet', '--no-verify', '-m', 'fix');
    const again = await runCli(root, ['fix', '--codemod', 'token-storage-to-memory']);
    expect(again.code).toBe(0);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('refuses to overwrite a different file at the store path', async () => {
    const root = createGitRepo({ ...files, 'src/token-memory-store.ts': 'export const unrelated = 1;\n' });
    const run = await runCli(root, ['fix', '--codemod', 'token-storage-to-memory']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/a different file exists there/);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('with --shard, still decides from every file, and rewrites only the shard', async () => {
    const root = createGitRepo({
      ...files,
      'src/debug.ts': 'export const dump = () => Object.keys(localStorage);\n',
    });
    for (const shard of ['1/2', '2/2']) {
      const run = await runCli(root, ['fix', '--dry', '--json', '--codemod', 'token-storage-to-memory', '--shard', shard]);
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as { files: unknown[] }).files).toEqual([]);
    }
  });

  it('puts the store at --store-path', async () => {
    const root = createGitRepo(files);
    const run = await runCli(root, ['fix', '--codemod', 'token-storage-to-memory', '--store-path', 'src/lib/tokens.ts']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, 'src/api/client.ts'), 'utf8')).toContain("import { tokenMemoryStore } from '../lib/tokens';");
  });
});
