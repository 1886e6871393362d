import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

import { main } from '../../src/cli/main.js';

/** Result of an in-process CLI run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `oauth-tokens <argv>` in-process in `cwd`, capturing output. */
export async function runCli(cwd: string, argv: readonly string[], options: { tty?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
    env: {},
  });
  return { code, stdout, stderr };
}

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** Writes `files` (relative path -> content) under `root`. */
export function writeFiles(root: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** A temporary directory, removed after the test. */
export function createTempDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'oauth-tokens-cli-'));
  directories.push(directory);
  return directory;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.com' },
  });
}

/** A temporary git repository with `files` committed. */
export function createGitRepo(files: Readonly<Record<string, string | Buffer>>): string {
  const root = createTempDirectory();
  git(root, 'init', '--quiet');
  git(root, 'config', 'core.autocrlf', 'false');
  writeFiles(root, files);
  git(root, 'add', '--all');
  git(root, 'commit', '--quiet', '--no-verify', '-m', 'initial');
  return root;
}

/** An ID token sent as a bearer credential from an openid-client token set: fixable. */
export const FIXABLE = `import * as client from 'openid-client';

export async function callback(config: client.Configuration, url: URL) {
  const tokens = await client.authorizationCodeGrant(config, url);
  return fetch('https://api.example.com/me', {
    headers: { Authorization: \`Bearer \${tokens.id_token}\` },
  });
}
`;

/** A bare ID-token variable: reported, not fixable. */
export const UNFIXABLE = `export async function loadProfile() {
  const idToken = localStorage.getItem('id_token');
  return fetch('/api/profile', { headers: { Authorization: \`Bearer \${idToken}\` } });
}
`;

/** Correct code that mentions tokens: linted (passes the prefilter), no finding. */
export const CLEAN = `export async function loadProfile(accessToken: string) {
  return fetch('/api/profile', { headers: { Authorization: \`Bearer \${accessToken}\` } });
}
`;

/** Mentions no trigger word: skipped by the prefilter. */
export const UNRELATED = `export const sum = (a: number, b: number) => a + b;\n`;

/** Does not parse, and mentions a trigger word so it gets past the prefilter. */
export const BROKEN = `const authorization = ;\nexport default authorization;\n`;
