import { describe, expect, it } from 'vitest';

import codemod from '../../codemods/harden-token-cookie.js';
import { codemods } from '../../codemods/index.js';
import { resolveSettings } from '../../src/analysis/settings.js';
import { createPluginLinter } from '../../src/cli/linter.js';
import { CodemodRunner } from '../../src/codemod/runner.js';
import { rules } from '../../rules/index.js';
import { testCodemodFixtures } from './harness.js';

testCodemodFixtures(codemod);

/** A project that exists only in memory; under the working directory, where the linter looks. */
const root = `${process.cwd()}/virtual-project`;
const linter = createPluginLinter(process.cwd(), undefined, { extraRules: [codemod.fixesRule] });

/** Runs the codemod on an in-memory project: the project pass, then every file. */
async function runProject(files: Readonly<Record<string, string>>) {
  const runner = new CodemodRunner({ codemods: [codemod], context: { settings: resolveSettings(undefined) }, lint: (text, filePath) => linter.lintText(text, filePath) });
  const entries = Object.entries(files).map(([path, text]) => ({ path: `${root}/${path}`, text }));
  await runner.prepare(root, entries);
  const outcomes: Record<string, Awaited<ReturnType<CodemodRunner['runFile']>>> = {};
  for (const entry of entries) outcomes[entry.path.slice(root.length + 1)] = await runner.runFile(entry.path, entry.text);
  return outcomes;
}

const SERVER = `import type { Response } from 'express';

export function setToken(res: Response, accessToken: string) {
  res.cookie('access_token', accessToken, { path: '/' });
}
`;

describe('harden-token-cookie', () => {
  it('is registered, safe, and fixes an existing rule', () => {
    expect(codemods[codemod.name]).toBe(codemod);
    expect(codemod.safe).toBe(true);
    expect(Object.keys(rules)).toContain(codemod.fixesRule);
  });

  it('hardens the cookie when no client file reads it', async () => {
    const outcomes = await runProject({
      'server/auth.ts': SERVER,
      'web/theme.ts': "import Cookies from 'js-cookie';\nexport const theme = () => Cookies.get('theme');\n",
    });
    expect(outcomes['server/auth.ts']).toMatchObject({
      status: 'rewritten',
      text: SERVER.replace("{ path: '/' }", "{ path: '/', httpOnly: true, secure: true, sameSite: 'lax' }"),
    });
  });

  it('lists the cookie when a client file in the project reads it (js-cookie, cookies-next, nookies, document.cookie)', async () => {
    const readers = {
      'web/js-cookie.ts': "import Cookies from 'js-cookie';\nexport const token = () => Cookies.get('access_token');\n",
      'web/cookies-next.ts': "import { getCookie } from 'cookies-next';\nexport const token = () => getCookie('access_token');\n",
      'web/nookies.ts': "import { parseCookies } from 'nookies';\nexport const token = () => parseCookies().access_token;\n",
      'web/document.ts': "export function token() {\n  return /(?:^|; )access_token=([^;]*)/.exec(document.cookie)?.[1];\n}\n",
      'web/helper.ts': "export function getCookie(name: string) {\n  return document.cookie.split('; ').find((row) => row.startsWith(`${name}=`));\n}\n",
    };
    for (const [path, reader] of Object.entries(readers)) {
      const outcomes = await runProject({ 'server/auth.ts': SERVER, [path]: reader });
      expect(outcomes['server/auth.ts'], path).toMatchObject({
        status: 'unchanged',
        left: [expect.objectContaining({ line: 4, reason: expect.stringContaining(`client code reads this cookie (${path}:`) })],
      });
    }
  });

  it('ignores server-side reads and reads of other cookies', async () => {
    const outcomes = await runProject({
      'server/auth.ts': SERVER,
      'pages/api/me.ts': "import { getCookie } from 'cookies-next';\nexport default (req, res) => res.json({ token: getCookie('access_token', { req, res }) });\n",
      'web/theme.ts': "export const theme = () => document.cookie.match(/theme=(\\w+)/)?.[1];\n",
    });
    expect(outcomes['server/auth.ts']?.status).toBe('rewritten');
  });
});
