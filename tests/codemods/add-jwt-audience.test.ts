import { describe, expect, it } from 'vitest';

import codemod from '../../codemods/add-jwt-audience.js';
import { codemods } from '../../codemods/index.js';
import { rules } from '../../rules/index.js';
import { resolveSettings } from '../../src/analysis/settings.js';
import { createPluginLinter } from '../../src/cli/linter.js';
import { CodemodRunner } from '../../src/codemod/runner.js';
import { testCodemodFixtures } from './harness.js';

testCodemodFixtures(codemod);

const linter = createPluginLinter(process.cwd(), undefined, { extraRules: [codemod.fixesRule] });

function createRunner(context: { audience?: string; settings?: Record<string, unknown> } = {}) {
  return new CodemodRunner({
    codemods: [codemod],
    context: {
      settings: resolveSettings(context.settings === undefined ? undefined : { 'oauth-tokens': context.settings }),
      ...(context.audience === undefined ? {} : { audience: context.audience }),
    },
    lint: (code, file) => linter.lintText(code, file),
  });
}

const NO_SOURCE = `import jwt from 'jsonwebtoken';
export function readUser(token: string, key: string) {
  return jwt.verify(token, key, { algorithms: ['RS256'] });
}
`;

describe('add-jwt-audience', () => {
  it('is registered, safe, and fixes an existing rule', () => {
    expect(codemods[codemod.name]).toBe(codemod);
    expect(codemod.safe).toBe(true);
    expect(Object.keys(rules)).toContain(codemod.fixesRule);
  });

  it('reads the API and option from the rule message it was written against', () => {
    const template = rules['require-jwt-audience'].meta.messages.missingAudience;
    expect(template.startsWith('`{{api}}` is called without `{{option}}`;')).toBe(true);
  });

  it('takes the audience from --audience (the CLI flag) through the runner', async () => {
    const outcome = await createRunner({ audience: "'https://orders.example.com'" }).runFile(`${process.cwd()}/cli.ts`, NO_SOURCE);
    expect(outcome.status === 'rewritten' && outcome.text).toBe(
      NO_SOURCE.replace("{ algorithms: ['RS256'] }", "{ algorithms: ['RS256'], audience: 'https://orders.example.com' }"),
    );
  });

  it('takes the audience from settings, and uses the shorthand when the expression is the key', async () => {
    const text = NO_SOURCE.replace('export function', 'declare const audience: string;\nexport function');
    const outcome = await createRunner({ settings: { audience: 'audience' } }).runFile(`${process.cwd()}/settings.ts`, text);
    expect(outcome.status === 'rewritten' && outcome.text).toBe(text.replace("{ algorithms: ['RS256'] }", "{ algorithms: ['RS256'], audience }"));
  });

  it('lists the finding, never invents a value, when no audience is known', async () => {
    const outcome = await createRunner().runFile(`${process.cwd()}/none.ts`, NO_SOURCE);
    expect(outcome.status).toBe('unchanged');
    expect(outcome.left).toEqual([expect.objectContaining({ line: 3, codemod: codemod.name, reason: expect.stringContaining('no expected audience is known') })]);
  });

  it('skips when --audience and a same-file constant disagree', async () => {
    const text = `import { jwtVerify } from 'jose';
const API_AUDIENCE = 'https://a.example.com';
export const verify = (token: string, key: CryptoKey) => jwtVerify(token, key, { issuer: 'https://auth.example.com' });
`;
    const outcome = await createRunner({ audience: "'https://b.example.com'" }).runFile(`${process.cwd()}/conflict.ts`, text);
    expect(outcome.status).toBe('unchanged');
    expect(outcome.left[0]?.reason).toMatch(/several audience sources are known \(`'https:\/\/b\.example\.com'`, `API_AUDIENCE`\)/);
  });

  it('lists a disabled audience check for a human', async () => {
    const text = `import { expressjwt } from 'express-jwt';
export const auth = expressjwt({ secret: 'x', algorithms: ['HS256'], audience: '' });
`;
    const outcome = await createRunner({ audience: 'process.env.AUDIENCE' }).runFile(`${process.cwd()}/disabled.ts`, text);
    expect(outcome.status).toBe('unchanged');
    expect(outcome.left[0]?.reason).toMatch(/a human must decide/);
  });
});
