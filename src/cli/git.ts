import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Output limit for git: a monorepo's file list is large. */
const MAX_BUFFER = 256 * 1024 * 1024;

/** Runs git in `cwd` and returns stdout, or `undefined` when git fails or is missing. */
async function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', [...args], { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' });
    return stdout;
  } catch {
    return undefined;
  }
}

/** `true` when `cwd` is inside a git work tree. */
export async function isGitWorkTree(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-inside-work-tree']))?.trim() === 'true';
}

/**
 * Files git would track under `pathspecs` (relative to `cwd`): committed or staged, plus
 * untracked files that `.gitignore`, `.git/info/exclude` and the global excludes do not ignore.
 * Paths are relative to `cwd`, with `/` separators. `undefined` outside a work tree.
 */
export async function listGitFiles(cwd: string, pathspecs: readonly string[]): Promise<string[] | undefined> {
  const output = await git(cwd, ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', ...pathspecs]);
  if (output === undefined) return undefined;
  return [...new Set(output.split('\0').filter((path) => path !== ''))];
}

/** `git status --porcelain` lines (modified, staged, untracked), or `undefined` outside git. */
export async function getGitStatus(cwd: string): Promise<string[] | undefined> {
  const output = await git(cwd, ['status', '--porcelain']);
  if (output === undefined) return undefined;
  return output.split('\n').filter((line) => line.trim() !== '');
}
