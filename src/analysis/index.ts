export * from './ast.js';
export * from './context.js';
export * from './http.js';
export * from './imports.js';
export * from './names.js';
export * from './settings.js';
export * from './suggestions.js';
export * from './token-flow.js';
