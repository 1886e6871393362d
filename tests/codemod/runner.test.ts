import type { SourceFile } from 'ts-morph';
import type { Codemod, CodemodContext } from '../../src/codemod/types.js';

import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import idTokenToAccessToken from '../../codemods/id-token-to-access-token.js';
import { resolveSettings } from '../../src/analysis/settings.js';
import { createPluginLinter } from '../../src/cli/linter.js';
import { CodemodRunner } from '../../src/codemod/runner.js';
import { getLineStarts, getOffset, getTextLayout, restoreTextLayout } from '../../src/codemod/text.js';
import { writeFileAtomic } from '../../src/codemod/write.js';

const linter = createPluginLinter(process.cwd(), undefined);
const lint = (text: string, filePath: string) => linter.lintText(text, filePath);
const context: CodemodContext = { settings: resolveSettings(undefined), audience: 'process.env.API_AUDIENCE' };
const path = join(process.cwd(), 'example.ts');
const INPUT = "const tokens = await load();\nfetch('/x', { headers: { Authorization: `Bearer ${tokens.id_token}` } });\n";

/** A codemod for the same rule that runs `edit` on the source file. */
function fakeCodemod(edit: (sourceFile: SourceFile) => void, seen: { sourceFile?: SourceFile; context?: CodemodContext } = {}): Codemod {
  return {
    name: 'fake',
    description: 'Test codemod',
    fixesRule: 'no-id-token-as-bearer',
    safe: false,
    transform(sourceFile, _findings, received) {
      seen.sourceFile = sourceFile;
      seen.context = received;
      edit(sourceFile);
      return { changed: true, skipped: [] };
    },
  };
}

describe('CodemodRunner', () => {
  it('passes the context, and forgets the source file afterwards', async () => {
    const seen: { sourceFile?: SourceFile; context?: CodemodContext } = {};
    const runner = new CodemodRunner({ codemods: [fakeCodemod(() => undefined, seen)], context, lint });
    expect((await runner.runFile(path, INPUT)).status).toBe('unchanged');
    expect(seen.context?.audience).toBe('process.env.API_AUDIENCE');
    expect(seen.sourceFile?.wasForgotten()).toBe(true);
  });

  it('refuses a rewrite that does not parse', async () => {
    const runner = new CodemodRunner({ codemods: [fakeCodemod((sourceFile) => sourceFile.insertText(0, 'const = ;\n'))], context, lint });
    const outcome = await runner.runFile(path, INPUT);
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^codemod fake produced code that does not parse/) });
  });

  it('refuses a rewrite that adds a finding', async () => {
    const addFinding = (sourceFile: SourceFile) => sourceFile.addStatements("fetch('/y', { headers: { Authorization: `Bearer ${session.idToken}` } });");
    const runner = new CodemodRunner({ codemods: [fakeCodemod(addFinding)], context, lint });
    const outcome = await runner.runFile(path, INPUT);
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringMatching(/would add a oauth-tokens\/no-id-token-as-bearer \(idTokenAsBearer\) finding/) });
  });

  it('reports a codemod that throws as a failed file', async () => {
    const runner = new CodemodRunner({
      codemods: [
        fakeCodemod(() => {
          throw new Error('boom');
        }),
      ],
      context,
      lint,
    });
    expect(await runner.runFile(path, INPUT)).toMatchObject({ status: 'failed', reason: 'codemod fake failed: boom' });
  });

  it('re-lints between codemods so later findings point at the new text', async () => {
    const prepend = fakeCodemod((sourceFile) => sourceFile.insertText(0, '// Calls the profile API.\n// Uses the session.\n'));
    const runner = new CodemodRunner({ codemods: [prepend, idTokenToAccessToken], context, lint });
    const outcome = await runner.runFile(path, INPUT);
    expect(outcome.status === 'rewritten' && outcome.text).toBe(`// Calls the profile API.\n// Uses the session.\n${INPUT.replace('id_token', 'access_token')}`);
  });

  it('lists a file that does not parse', async () => {
    const runner = new CodemodRunner({ codemods: [idTokenToAccessToken], context, lint });
    expect(await runner.runFile(path, 'const authorization = ;')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^does not parse: /) });
  });
});

describe('text layout', () => {
  it('splits and restores the BOM and CRLF line endings', () => {
    const layout = getTextLayout('\uFEFFa\r\nb\r\n');
    expect(layout).toEqual({ body: 'a\r\nb\r\n', bom: true, eol: 'crlf' });
    expect(restoreTextLayout('a\r\nb\nc\n', layout)).toBe('\uFEFFa\r\nb\r\nc\r\n');
    expect(getTextLayout('a\r\nb\n').eol).toBe('lf');
    expect(restoreTextLayout('a\r\nb\n', getTextLayout('a\r\nb\n'))).toBe('a\r\nb\n');
  });

  it('converts ESLint positions to offsets with ESLint line breaks', () => {
    const text = 'ab\r\ncd\u2028ef\ngh';
    const starts = getLineStarts(text);
    expect(starts).toEqual([0, 4, 7, 10]);
    expect(text.slice(getOffset(starts, 3, 1), getOffset(starts, 3, 3))).toBe('ef');
  });
});

describe('writeFileAtomic', () => {
  const directory = mkdtempSync(join(tmpdir(), 'oauth-tokens-write-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('replaces the file, keeps its mode and leaves no temporary file', async () => {
    const file = join(directory, 'script.js');
    writeFileSync(file, 'old');
    chmodSync(file, 0o755);
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o755);
    expect(readdirSync(directory)).toEqual(['script.js']);
  });
});
