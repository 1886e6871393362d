import { describe, expect, it } from 'vitest';

import codemod from '../../codemods/move-url-token-to-header.js';
import { codemods } from '../../codemods/index.js';
import { rules } from '../../rules/index.js';
import { resolveSettings } from '../../src/analysis/settings.js';
import { createPluginLinter } from '../../src/cli/linter.js';
import { CodemodRunner } from '../../src/codemod/runner.js';
import { testCodemodFixtures } from './harness.js';

testCodemodFixtures(codemod);

const linter = createPluginLinter(process.cwd(), undefined);
const runner = new CodemodRunner({
  codemods: [codemod],
  context: { settings: resolveSettings(undefined) },
  lint: (code, file) => linter.lintText(code, file),
});

describe('move-url-token-to-header', () => {
  it('is registered, safe, and fixes an existing rule', () => {
    expect(codemods[codemod.name]).toBe(codemod);
    expect(codemod.safe).toBe(true);
    expect(Object.keys(rules)).toContain(codemod.fixesRule);
  });

  it('reads the token kind from the rule message it was written against', () => {
    const template = rules['no-token-in-url'].meta.messages.tokenInUrl;
    expect(template.startsWith('This {{kind}} is placed in a URL (`{{param}}`).')).toBe(true);
  });

  it('moves the certain token and lists the others with the alternative in a mixed file', async () => {
    const path = `${process.cwd()}/mixed.ts`;
    const text = `export async function load(accessToken: string) {
  await fetch(\`https://api.example.com/a?access_token=\${accessToken}\`);
  const source = new EventSource(\`https://api.example.com/stream?access_token=\${accessToken}\`);
  return source;
}
`;
    const outcome = await runner.runFile(path, text);
    expect(outcome.status).toBe('rewritten');
    if (outcome.status !== 'rewritten') return;
    expect(outcome.text).toBe(
      text.replace(
        'fetch(`https://api.example.com/a?access_token=${accessToken}`)',
        'fetch(`https://api.example.com/a`, { headers: { Authorization: `Bearer ${accessToken}` } })',
      ),
    );
    expect(outcome.fixed).toBe(1);
    expect(outcome.left).toEqual([
      expect.objectContaining({ line: 3, codemod: codemod.name, reason: expect.stringContaining('cannot set headers on a WebSocket or EventSource') }),
    ]);
  });

  it('removes a leading parameter and keeps the rest of a concatenated query', async () => {
    const path = `${process.cwd()}/concat.js`;
    const text = "export const load = (accessToken) =>\n  fetch('/api/items?access_token=' + accessToken + '&limit=10', { method: 'GET' });\n";
    const outcome = await runner.runFile(path, text);
    expect(outcome.status === 'rewritten' && outcome.text).toBe(
      "export const load = (accessToken) =>\n  fetch('/api/items?' + 'limit=10', { method: 'GET', headers: { Authorization: `Bearer ${accessToken}` } });\n",
    );
  });

  it('skips a shadowed fetch and an axios config with basic auth', async () => {
    const path = `${process.cwd()}/shadowed.ts`;
    const text = `import axios from 'axios';
export async function load(accessToken: string, fetch: (url: string) => Promise<unknown>) {
  await fetch(\`/api/a?access_token=\${accessToken}\`);
  await axios.get('/api/b', { params: { access_token: accessToken }, auth: { username: 'svc', password: 'pw' } });
}
`;
    const outcome = await runner.runFile(path, text);
    expect(outcome.status).toBe('unchanged');
    const reasons = outcome.left.filter((left) => left.codemod === codemod.name).map((left) => left.reason);
    expect(reasons).toEqual([expect.stringContaining('not passed straight to a fetch'), expect.stringContaining('already sets an Authorization header')]);
  });
});
