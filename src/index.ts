/** Library API. */
export { extractBytes, extractDecoded, normalizedText } from './pipeline/extract-document.js';
export * from './schema/record.js';
