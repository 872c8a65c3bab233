// The lint packages, resolved from this workspace (they need TypeScript 5;
// the root has TypeScript 7): eslint.config.js imports them from here.
export { default as js } from '@eslint/js';
export { default as tseslint } from 'typescript-eslint';
export { default as lit } from 'eslint-plugin-lit';
export { default as wc } from 'eslint-plugin-wc';
export { default as globals } from 'globals';
