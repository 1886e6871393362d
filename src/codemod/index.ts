import { REPOSITORY_URL } from '../create-rule.js';

export * from './analysis.js';
export * from './edits.js';
export * from './runner.js';
export * from './text.js';
export type * from './types.js';
export * from './write.js';

/** Documentation URL of a codemod. */
export function getCodemodDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/codemods/${name}.md`;
}
