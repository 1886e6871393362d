import type { CandidateFile, SkippedFile } from './files.js';
import type { CliIo } from './io.js';

import { realpath } from 'node:fs/promises';

import { mayContainFindings } from '../analysis/triggers.js';
import { discoverFiles, parseShard, readCandidate, selectShard } from './files.js';
import { isGitWorkTree } from './git.js';

/** Options shared by `check` and `fix` for choosing files. */
export interface ScanOptions {
  readonly paths: readonly string[];
  readonly shard: string | undefined;
}

/** The files of one run, after discovery and sharding. */
export interface ScanPlan {
  /** The working directory with symbolic links resolved: file paths are under it, so ESLint must use it as `cwd`. */
  readonly root: string;
  readonly files: readonly CandidateFile[];
  readonly git: boolean;
}

/** Discovers and shards the files of a run. */
export async function planScan(io: CliIo, options: ScanOptions): Promise<ScanPlan> {
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const git = await isGitWorkTree(io.cwd);
  const root = await realpath(io.cwd);
  const files = selectShard(await discoverFiles(root, options.paths, git), shard);
  return { root, files, git };
}

/** What reading a file and running the prefilter said. */
export type ScannedFile =
  | { readonly kind: 'skipped'; readonly skipped: SkippedFile }
  | { readonly kind: 'prefiltered' }
  | { readonly kind: 'candidate'; readonly text: string };

/**
 * Reads a file and applies the text prefilter: a file that mentions none of the trigger
 * words of the plugin's rules cannot produce a finding and is never parsed.
 */
export async function scanFile(file: CandidateFile): Promise<ScannedFile> {
  const read = await readCandidate(file);
  if ('skip' in read) return { kind: 'skipped', skipped: { file: file.relativePath, reason: read.skip } };
  if (!mayContainFindings(read.text)) return { kind: 'prefiltered' };
  return { kind: 'candidate', text: read.text };
}

/**
 * A progress line on stderr for long runs on a terminal, redrawn at most every 100 ms and
 * cleared at the end. Silent when stderr is not a TTY or the run is short.
 */
export function createProgress(io: CliIo, label: string, total: number): { tick(done: number): void; done(): void } {
  const enabled = io.stderr.isTTY === true && total >= 50;
  let last = 0;
  let shown = false;
  return {
    tick(done) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      const width = 24;
      const filled = Math.round((done / total) * width);
      io.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
    },
    done() {
      if (shown) io.stderr.write('\r\u001B[2K');
    },
  };
}
