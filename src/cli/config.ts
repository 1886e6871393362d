import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { NAMESPACE } from '../index.js';
import { resolveSettings } from '../analysis/settings.js';
import { UsageError } from './io.js';

/**
 * Reads `settings['oauth-tokens']` from an ESLint flat config file (`--config`). The file is
 * imported, its default export awaited (it may be a promise) and flattened (nested arrays);
 * the settings of every config object are merged in order, later keys winning, as ESLint
 * merges them for a file that every object matches. Returns `undefined` when none are set.
 * Throws a `UsageError` that names the problem when the file cannot be loaded or the
 * settings are invalid.
 */
export async function loadSettings(cwd: string, configPath: string): Promise<Record<string, unknown> | undefined> {
  const absolute = resolve(cwd, configPath);
  try {
    await access(absolute);
  } catch {
    throw new UsageError(`--config: no such file: ${configPath}`);
  }
  let exported: unknown;
  try {
    const module = (await import(pathToFileURL(absolute).href)) as { default?: unknown };
    exported = await module.default;
  } catch (error) {
    throw new UsageError(`--config: cannot load ${configPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let merged: Record<string, unknown> | undefined;
  for (const config of flatten(exported)) {
    const settings = (config as { settings?: Record<string, unknown> }).settings?.[NAMESPACE];
    if (settings === undefined) continue;
    if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
      throw new UsageError(`--config: settings['${NAMESPACE}'] in ${configPath} must be an object.`);
    }
    merged = { ...merged, ...(settings as Record<string, unknown>) };
  }
  if (merged !== undefined) {
    try {
      resolveSettings({ [NAMESPACE]: merged });
    } catch (error) {
      throw new UsageError(`--config: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return merged;
}

function flatten(value: unknown): object[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  return typeof value === 'object' && value !== null ? [value] : [];
}
