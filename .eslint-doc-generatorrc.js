/** Configuration of eslint-doc-generator: rule doc headers and the README rules table. */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  // Same rules as `recommended` (it only adds type information, docs/type-aware.md): listing it on every rule adds nothing.
  ignoreConfig: ['recommended-type-checked'],
  ruleDocSectionInclude: ['Examples', 'When Not To Use It', 'Known Limitations', 'Related'],
  ruleDocTitleFormat: 'name',
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions', 'fixable', 'requiresTypeChecking'],
  urlConfigs: 'https://github.com/oauth-tokens/eslint-plugin-oauth-tokens#configs',
};
