import type { CliIo } from './io.js';

import { CODEMOD_LIST } from '../../codemods/index.js';
import { rules } from '../../rules/index.js';
import { getCodemodDocsUrl } from '../codemod/index.js';
import { getRuleDocsUrl } from '../create-rule.js';
import { NAMESPACE } from '../index.js';
import { EXIT } from './io.js';

/** `oauth-tokens list`: rules and codemods, one line each, with their docs links. */
export function runList(io: CliIo): number {
  let output = 'Rules:\n';
  for (const [name, rule] of Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const config = rule.meta.docs?.recommended ?? 'strict';
    output += `  ${NAMESPACE}/${name}  [${config}]  ${rule.meta.docs?.description ?? ''}  ${getRuleDocsUrl(name)}\n`;
  }
  output += '\nCodemods:\n';
  for (const codemod of CODEMOD_LIST) {
    output += `  ${codemod.name}  [${codemod.safe ? 'safe' : 'opt-in'}, fixes ${NAMESPACE}/${codemod.fixesRule}]  ${codemod.description}  ${getCodemodDocsUrl(codemod.name)}\n`;
  }
  io.stdout.write(output);
  return EXIT.ok;
}
