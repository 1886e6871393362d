import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `path` with `text` atomically: writes a temporary file in the same directory
 * (so `rename` stays on one file system), gives it the original file's mode, then renames
 * it over the original. A reader sees either the old or the new file, never half of one.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const { mode } = await stat(path);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', mode: mode & 0o7777, flag: 'wx' });
    // `mode` in writeFile is filtered by the umask; set it exactly.
    await chmod(temporary, mode & 0o7777);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * Creates `path` with `text` atomically, with its missing parent directories: writes a
 * temporary file next to it, then links it into place, so that an existing file is never
 * replaced (the call fails with `EEXIST` instead).
 */
export async function writeNewFileAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await link(temporary, path);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
