#!/usr/bin/env node
// Scaffolds a rule: rules/<name>.ts, tests/rules/<name>.test.ts and docs/rules/<name>.md,
// and registers it in rules/index.ts. Usage: npm run new-rule -- <rule-name>
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2];

if (!name || !/^(no|require|prefer)-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
  console.error('Usage: npm run new-rule -- <rule-name>\nThe name is kebab-case and starts with no-, require- or prefer-.');
  process.exit(2);
}

const camel = name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const files = {
  [`rules/${name}.ts`]: `import { getFileAnalysis } from '../src/analysis/index.js';
import { createRule } from '../src/create-rule.js';

export type Options = [Record<string, never>];

export type MessageIds = '${camel.replace(/^(no|require|prefer)/, '').replace(/^./, (c) => c.toLowerCase())}';

/** Files without these words cannot produce a finding. */
const TRIGGERS = /token|jwt/i;

export default createRule<Options, MessageIds>({
  name: '${name}',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow ...',
      recommended: 'strict',
      requiresTypeChecking: false,
      cwe: [],
      securitySeverity: 5,
      precision: 'medium',
    },
    messages: {
      ${camel.replace(/^(no|require|prefer)/, '').replace(/^./, (c) => c.toLowerCase())}: 'Describe what is wrong, whom the token is addressed to, and what to do instead.',
    },
    schema: [{ type: 'object', additionalProperties: false, properties: {} }],
    defaultOptions: [{}],
  },
  create(context) {
    const analysis = getFileAnalysis(context, TRIGGERS);
    if (!analysis) return {};
    return {};
  },
});
`,
  [`tests/rules/${name}.test.ts`]: `import rule from '../../rules/${name}.js';
import { createTsRuleTester } from '../rule-tester.js';

const ruleTester = createTsRuleTester();

ruleTester.run('${name}', rule, {
  valid: [],
  invalid: [],
});
`,
  [`docs/rules/${name}.md`]: `# oauth-tokens/${name}

<!-- end auto-generated rule header -->

Threat, with RFC / OIDC references and library documentation.

## Examples

\`\`\`ts
// ❌
\`\`\`

\`\`\`ts
// ✅
\`\`\`

## When Not To Use It

## Known Limitations

## Related
`,
};

for (const [path, content] of Object.entries(files)) {
  const target = join(root, path);
  if (existsSync(target)) {
    console.error(`${path} already exists; nothing written.`);
    process.exit(2);
  }
  writeFileSync(target, content);
  console.log(`created ${path}`);
}

const indexPath = join(root, 'rules/index.ts');
const index = readFileSync(indexPath, 'utf8');
const importLine = `import ${camel} from './${name}.js';\n`;
const withImport = index.replace(/(import [^\n]+\n)(?![\s\S]*import )/, `$1${importLine}`);
const withEntry = withImport.replace(/export const rules = \{\n/, `export const rules = {\n  '${name}': ${camel},\n`);
writeFileSync(indexPath, withEntry);
console.log('registered in rules/index.ts (sort the entries if needed)');
