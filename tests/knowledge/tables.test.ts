import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import * as knowledge from '../../src/knowledge/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ruleTests = readdirSync(join(root, 'tests/rules'))
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => readFileSync(join(root, 'tests/rules', file), 'utf8'))
  .join('\n');

interface TableEntry {
  readonly id: string;
  readonly reference: string;
  readonly certainty?: string;
  readonly [key: string]: unknown;
}

/** Every exported array whose items carry `id` and `reference` is a knowledge table. */
const tables = Object.entries(knowledge as Record<string, unknown>).filter(
  (entry): entry is [string, readonly TableEntry[]] =>
    Array.isArray(entry[1]) &&
    entry[1].length > 0 &&
    entry[1].every((item: unknown) => typeof item === 'object' && item !== null && 'id' in item && 'reference' in item),
);

/** Names an entry is known by in code: what a rule test must mention for the entry to be exercised. */
function collectApiNames(value: unknown, key = ''): string[] {
  if (typeof value === 'string') {
    return ['name', 'idName', 'accessName', 'function', 'method', 'member', 'property', 'key'].includes(key) ? [value] : [];
  }
  if (Array.isArray(value)) {
    if (key === 'path' && value.length > 0 && typeof value.at(-1) === 'string' && value.at(-1) !== 'default') return [value.at(-1) as string];
    return value.flatMap((item) => collectApiNames(item, key === 'path' ? '' : key));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([childKey, child]) => collectApiNames(child, childKey));
  }
  return [];
}

describe('knowledge tables', () => {
  it('exports tables', () => {
    expect(tables.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(tables)('%s', (_name, table) => {
    it('has unique kebab-case ids sorted alphabetically', () => {
      const ids = table.map((entry) => entry.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual([...ids].sort());
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    });

    it('gives every entry an https reference and a valid certainty', () => {
      for (const entry of table) {
        expect(entry.reference, entry.id).toMatch(/^https:\/\/\S+$/);
        if (entry.certainty !== undefined) expect(['api', 'heuristic'], entry.id).toContain(entry.certainty);
      }
    });

    it('has well-formed module specifiers', () => {
      for (const entry of table) {
        const modules = [
          ...((entry.modules as readonly string[] | undefined) ?? []),
          ...(((entry.exports as readonly { module: string }[] | undefined) ?? []).map((item) => item.module)),
        ];
        for (const module of modules) expect(module, entry.id).toMatch(/^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.-]+)*$/);
      }
    });

    it('is exercised by at least one rule test case', () => {
      for (const entry of table) {
        const names = collectApiNames(entry);
        if (names.length === 0) continue;
        expect(
          names.some((name) => ruleTests.includes(name)),
          `${entry.id}: none of ${names.join(', ')} appears in tests/rules`,
        ).toBe(true);
      }
    });
  });
});
