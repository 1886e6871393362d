/**
 * Fixture harness for codemod tests. Call `testCodemodFixtures(codemod)` from
 * `tests/codemods/<codemod>.test.ts`; it reads `__fixtures__/<codemod>/<area>.<variant>.input.ts`
 * with the matching `.output.ts`, and for every case checks that:
 *   1. the output equals the expected file exactly (no formatter runs: formatting is part of the contract);
 *   2. a second run on the output changes nothing (idempotence);
 *   3. the output parses;
 *   4. the codemod's rule reports on the input and never on the output, except for `skip.*`
 *      cases, whose input and output are identical and on which it still reports.
 * The cases run through `CodemodRunner`, the runner `oauth-tokens fix` uses, with the same
 * linter configuration; the test fails if the folder is empty or an input has no output.
 * A codemod with a project pass (`prepare`) gets it first, with the case as the only file of
 * a project rooted at the fixture folder; the files it would create must parse.
 */
import type { Codemod, CodemodContext } from '../../src/codemod/types.js';

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { resolveSettings } from '../../src/analysis/settings.js';
import { createPluginLinter } from '../../src/cli/linter.js';
import { CodemodRunner } from '../../src/codemod/runner.js';
import { NAMESPACE } from '../../src/index.js';

const FIXTURES_ROOT = fileURLToPath(new URL('__fixtures__/', import.meta.url));
const INPUT_SUFFIX = '.input.ts';
const OUTPUT_SUFFIX = '.output.ts';

/** Options of {@link testCodemodFixtures}. */
export interface FixtureOptions {
  /** Context handed to the transform (`--audience`, settings). Default: no audience, empty settings. */
  readonly context?: Partial<CodemodContext>;
  /** Fixture folder; default `tests/codemods/__fixtures__/<codemod.name>`. */
  readonly directory?: string;
}

/** One fixture pair. */
export interface FixtureCase {
  readonly name: string;
  readonly inputPath: string;
  readonly outputPath: string | undefined;
}

/** Lists the cases of a fixture folder, sorted by name. */
export function collectFixtureCases(directory: string): FixtureCase[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((file) => file.endsWith(INPUT_SUFFIX))
    .sort()
    .map((file) => {
      const name = file.slice(0, -INPUT_SUFFIX.length);
      const outputPath = join(directory, `${name}${OUTPUT_SUFFIX}`);
      return { name, inputPath: join(directory, file), outputPath: existsSync(outputPath) ? outputPath : undefined };
    });
}

/** Defines the fixture tests of one codemod (see the file comment). */
export function testCodemodFixtures(codemod: Codemod, options: FixtureOptions = {}): void {
  const directory = options.directory ?? join(FIXTURES_ROOT, codemod.name);
  const cases = collectFixtureCases(directory);
  const ruleId = `${NAMESPACE}/${codemod.fixesRule}`;
  const linter = createPluginLinter(directory, undefined, { extraRules: [codemod.fixesRule] });
  const runner = new CodemodRunner({
    codemods: [codemod],
    context: { settings: resolveSettings(undefined), ...options.context },
    lint: (text, filePath) => linter.lintText(text, filePath),
  });

  async function countRuleFindings(text: string, filePath: string): Promise<{ count: number; fatal: boolean }> {
    const messages = await linter.lintText(text, filePath);
    return { count: messages.filter((message) => message.ruleId === ruleId).length, fatal: messages.some((message) => message.fatal) };
  }

  describe(`${codemod.name} fixtures`, () => {
    it('has fixture cases, each input with an output, names <area>.<variant>', () => {
      expect(cases.length, `no *${INPUT_SUFFIX} files in ${directory}`).toBeGreaterThan(0);
      for (const fixture of cases) {
        expect(fixture.outputPath, `${fixture.name}${INPUT_SUFFIX} has no ${OUTPUT_SUFFIX}`).toBeDefined();
        expect(fixture.name).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
      }
      const outputs = readdirSync(directory).filter((file) => file.endsWith(OUTPUT_SUFFIX));
      expect(outputs.length, 'an output file has no input').toBe(cases.length);
    });

    describe.each(cases.filter((fixture) => fixture.outputPath !== undefined))('$name', (fixture) => {
      const input = readFileSync(fixture.inputPath, 'utf8');
      const expected = readFileSync(fixture.outputPath ?? '', 'utf8');
      const skip = fixture.name.startsWith('skip.');

      it('produces the expected output exactly, and again nothing on a second run', async () => {
        const prepared = await runner.prepare(directory, [{ path: fixture.inputPath, text: input }]);
        expect(prepared.failures).toEqual([]);
        for (const created of prepared.createFiles) {
          const messages = await linter.lintText(created.text, created.path);
          expect(messages.filter((message) => message.fatal)).toEqual([]);
        }
        const first = await runner.runFile(fixture.inputPath, input);
        expect(first.status, first.status === 'failed' ? first.reason : '').not.toBe('failed');
        const output = first.status === 'rewritten' ? first.text : input;
        expect(output).toBe(expected);
        if (skip) {
          expect(first.status).toBe('unchanged');
          expect(input).toBe(expected);
        }
        await runner.prepare(directory, [{ path: fixture.inputPath, text: output }]);
        const second = await runner.runFile(fixture.inputPath, output);
        expect(second.status).toBe('unchanged');
      });

      it(skip ? 'is reported by the rule, before and after' : 'is reported on the input only, and the output parses', async () => {
        const before = await countRuleFindings(input, fixture.inputPath);
        const after = await countRuleFindings(expected, fixture.inputPath);
        expect(before.fatal).toBe(false);
        expect(after.fatal).toBe(false);
        expect(before.count).toBeGreaterThan(0);
        if (skip) expect(after.count).toBe(before.count);
        else expect(after.count).toBe(0);
      });
    });
  });
}
