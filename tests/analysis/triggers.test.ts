import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { FILE_PREFILTER, TRIGGER_WORDS } from '../../src/analysis/triggers.js';

const rulesDirectory = fileURLToPath(new URL('../../rules/', import.meta.url));
const ruleFiles = readdirSync(rulesDirectory).filter((file) => file.endsWith('.ts') && file !== 'index.ts').sort();

/** The `TRIGGERS` regex literal of a rule file, if it declares one. */
function getRuleTriggers(file: string): { source: string; flags: string } | undefined {
  const match = /\bconst TRIGGERS = \/((?:\\\/|[^/\n])+)\/([a-z]*);/.exec(readFileSync(join(rulesDirectory, file), 'utf8'));
  return match?.[1] === undefined ? undefined : { source: match[1], flags: match[2] ?? '' };
}

describe('FILE_PREFILTER', () => {
  it('is a sorted, case-insensitive alternation of plain words', () => {
    expect([...TRIGGER_WORDS]).toEqual([...TRIGGER_WORDS].sort());
    expect(FILE_PREFILTER.flags).toBe('i');
    for (const word of TRIGGER_WORDS) expect(word).toMatch(/^[a-z0-9_]+$/);
  });

  // The CLI never parses a file the prefilter rejects, so a rule trigger the prefilter does
  // not cover would silently hide that rule's findings from `check` and `fix`.
  it.each(ruleFiles)('covers the TRIGGERS of %s', (file) => {
    const triggers = getRuleTriggers(file);
    if (!triggers) return;
    const alternatives = triggers.source.split('|');
    for (const alternative of alternatives) {
      expect(alternative, `${file}: keep TRIGGERS a plain word list so coverage can be checked`).toMatch(/^[\w-]+$/);
      // If a prefilter word occurs inside the trigger word, every text the trigger matches also matches the prefilter.
      expect(FILE_PREFILTER.test(alternative), `${file}: add a word of "${alternative}" to TRIGGER_WORDS`).toBe(true);
    }
  });

  it('lets realistic OAuth code through and keeps unrelated code out', () => {
    expect(FILE_PREFILTER.test("headers: { Authorization: `Bearer ${t}` }")).toBe(true);
    expect(FILE_PREFILTER.test("localStorage.setItem('id_token', x)")).toBe(true);
    expect(FILE_PREFILTER.test('const total = items.reduce((sum, item) => sum + item.price, 0);')).toBe(false);
  });
});
