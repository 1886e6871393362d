import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';
import { rules } from '../rules/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ruleFiles = readdirSync(join(root, 'rules'))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => basename(file, '.ts'))
  .sort();
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

const REQUIRED_DOC_HEADINGS = ['## Examples', '## When Not To Use It', '## Known Limitations', '## Related'];

describe('package', () => {
  it('has at least one rule', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  it('registers exactly the rule files', () => {
    expect(Object.keys(rules).sort()).toEqual(ruleFiles);
  });

  it('carries meta.name and meta.version from package.json', () => {
    expect(plugin.meta.name).toBe(packageJson.name);
    expect(plugin.meta.version).toBe(packageJson.version);
    expect(plugin.meta.namespace).toBe('oauth-tokens');
  });

  it('lists a rule in strict always, in recommended when meta says so', () => {
    for (const name of ruleFiles) {
      const rule = rules[name as keyof typeof rules];
      const id = `oauth-tokens/${name}`;
      expect(plugin.configs.strict.rules?.[id], id).toBe('error');
      expect(plugin.configs.recommended.rules?.[id] !== undefined, id).toBe(rule.meta.docs?.recommended === 'recommended');
    }
  });

  it('loads both configs through ESLint#calculateConfigForFile', async () => {
    for (const config of [plugin.configs.recommended, plugin.configs.strict]) {
      const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [config] as unknown as ESLint.Options['overrideConfig'] });
      const calculated = (await eslint.calculateConfigForFile('eslint.config.js')) as { rules: Record<string, unknown> };
      expect(Object.keys(calculated.rules).filter((id) => id.startsWith('oauth-tokens/')).sort()).toEqual(
        Object.keys(config.rules ?? {}).sort(),
      );
    }
  });

  describe.each(ruleFiles)('%s', (name) => {
    const rule = rules[name as keyof typeof rules];

    it('has a matching name, a test file and a doc page with the required headings', () => {
      expect(rule.name).toBe(name);
      expect(readdirSync(join(root, 'tests/rules'))).toContain(`${name}.test.ts`);
      const doc = readFileSync(join(root, 'docs/rules', `${name}.md`), 'utf8');
      expect(doc.startsWith(`# oauth-tokens/${name}`) || doc.startsWith(`# ${name}`)).toBe(true);
      for (const heading of REQUIRED_DOC_HEADINGS) expect(doc, heading).toContain(`\n${heading}`);
      // eslint-doc-generator requires an Options section exactly when the rule has options.
      const hasOptions = (rule.meta.schema as unknown as { properties?: object }[]).some((entry) => Object.keys(entry.properties ?? {}).length > 0);
      expect(doc.includes('\n## Options'), '## Options').toBe(hasOptions);
    });

    it('is a problem rule with a description, CWE and severity for SARIF', () => {
      expect(rule.meta.type).toBe('problem');
      expect(rule.meta.docs?.description).toMatch(/^(Disallow|Require|Enforce) [^.]+$/);
      expect(rule.meta.docs?.cwe.length).toBeGreaterThan(0);
      expect(rule.meta.docs?.securitySeverity).toBeGreaterThan(0);
    });

    it('describes every option in its schema', () => {
      const schema = rule.meta.schema as unknown as { properties?: Record<string, { description?: string }> }[];
      for (const entry of schema) {
        for (const [key, property] of Object.entries(entry.properties ?? {})) {
          expect(property.description, key).toBeTruthy();
        }
      }
    });

    it('has messages that end with a period and reports no raw text', () => {
      for (const [id, text] of Object.entries(rule.meta.messages)) {
        expect(text, id).toMatch(/^[A-Z`].*\.$/s);
      }
    });
  });
});
