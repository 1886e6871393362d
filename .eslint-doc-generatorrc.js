/** Configuration of eslint-doc-generator: rule doc headers and the README rules table. */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocSectionInclude: ['Examples', 'When Not To Use It', 'Known Limitations', 'Related'],
  ruleDocTitleFormat: 'name',
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions', 'fixable', 'requiresTypeChecking'],
  urlConfigs: 'https://github.com/oauth-tokens/eslint-plugin-oauth-tokens#configs',
};
