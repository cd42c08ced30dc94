// Replaced at build time from package.json; tests that import sources see the dev marker.
declare const __VERSION__: string;
export const TOOL_VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
