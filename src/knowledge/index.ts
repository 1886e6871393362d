export * from './decoders.js';
export * from './designs.js';
export * from './storage.js';
export * from './token-names.js';
export * from './token-siblings.js';
export * from './token-sources.js';
export type * from './types.js';
export * from './verifiers.js';
export * from './url-sinks.js';
