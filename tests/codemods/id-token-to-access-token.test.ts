import type { Finding } from '../../src/codemod/types.js';

import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';

import codemod from '../../codemods/id-token-to-access-token.js';
import { codemods } from '../../codemods/index.js';
import { resolveSettings } from '../../src/analysis/settings.js';
import { createPluginLinter } from '../../src/cli/linter.js';
import { CodemodRunner, collectFindings } from '../../src/codemod/runner.js';
import { rules } from '../../rules/index.js';
import { testCodemodFixtures } from './harness.js';

testCodemodFixtures(codemod);

const context = { settings: resolveSettings(undefined) };
const linter = createPluginLinter(process.cwd(), undefined);

async function findingsOf(path: string, text: string): Promise<Finding[]> {
  return collectFindings(await linter.lintText(text, path), codemod, text);
}

function createSourceFile(path: string, text: string) {
  return new Project({ useInMemoryFileSystem: true, skipFileDependencyResolution: true }).createSourceFile(path, text);
}

describe('id-token-to-access-token', () => {
  it('is registered, safe, and fixes an existing rule', () => {
    expect(codemods[codemod.name]).toBe(codemod);
    expect(codemod.safe).toBe(true);
    expect(Object.keys(rules)).toContain(codemod.fixesRule);
  });

  it('rewrites the certain finding and lists the other one in a mixed file', async () => {
    const path = `${process.cwd()}/mixed.ts`;
    const text = `import * as client from 'openid-client';
export async function load(config: client.Configuration, url: URL) {
  const tokens = await client.authorizationCodeGrant(config, url);
  const idToken = sessionStorage.getItem('id_token');
  await fetch('/a', { headers: { Authorization: \`Bearer \${tokens.id_token}\` } });
  await fetch('/b', { headers: { Authorization: \`Bearer \${idToken}\` } });
}
`;
    const runner = new CodemodRunner({ codemods: [codemod], context, lint: (code, file) => linter.lintText(code, file) });
    const outcome = await runner.runFile(path, text);
    expect(outcome.status).toBe('rewritten');
    if (outcome.status !== 'rewritten') return;
    expect(outcome.text).toBe(text.replace('tokens.id_token', 'tokens.access_token'));
    expect(outcome.fixed).toBe(1);
    expect(outcome.left).toEqual([
      expect.objectContaining({ line: 6, codemod: codemod.name, reason: expect.stringContaining('no access token known') }),
    ]);
  });

  it('skips a suggestion whose node is not a known ID-token member (never trusts the range blindly)', async () => {
    const path = `${process.cwd()}/tampered.ts`;
    const text = "const tokens = await load();\nfetch('/x', { headers: { Authorization: `Bearer ${tokens.id_token}` } });\n";
    const [finding] = await findingsOf(path, text);
    expect(finding?.suggestions).toHaveLength(1);
    if (!finding) return;
    const tampered: Finding = {
      ...finding,
      suggestions: finding.suggestions.map((suggestion) => ({ ...suggestion, fix: { ...suggestion.fix, text: 'refresh_token' } })),
    };
    const sourceFile = createSourceFile(path, text);
    const result = codemod.transform(sourceFile, [tampered], context);
    expect(result.changed).toBe(false);
    expect(result.skipped[0]?.reason).toMatch(/knowledge table/);
    expect(sourceFile.getFullText()).toBe(text);
  });

  it('keeps CRLF line endings through the runner', async () => {
    const path = `${process.cwd()}/crlf.ts`;
    const text = "const tokens = await load();\r\nfetch('/x', {\r\n  headers: { Authorization: `Bearer ${tokens.id_token}` },\r\n});\r\n";
    const runner = new CodemodRunner({ codemods: [codemod], context, lint: (code, file) => linter.lintText(code, file) });
    const outcome = await runner.runFile(path, `\uFEFF${text}`);
    expect(outcome.status === 'rewritten' && outcome.text).toBe(`\uFEFF${text.replace('id_token', 'access_token')}`);
  });

  it('rewrites JavaScript and JSX files too', async () => {
    const path = `${process.cwd()}/component.jsx`;
    const text = `export function Orders({ user }) {
  useEffect(() => {
    fetch('/api/orders', { headers: { Authorization: 'Bearer ' + user.id_token } });
  }, [user]);
  return <OrderList />;
}
`;
    const runner = new CodemodRunner({ codemods: [codemod], context, lint: (code, file) => linter.lintText(code, file) });
    const outcome = await runner.runFile(path, text);
    expect(outcome.status === 'rewritten' && outcome.text).toBe(text.replace('user.id_token', 'user.access_token'));
  });
});
