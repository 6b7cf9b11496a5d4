import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'dist-next',
      'dist-ocr-pack',
      '.bench',
      'node_modules',
      'playwright-report',
      'test-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/workspace/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Functions that fit on a screen in the page and the workspace (tests aside).
    files: ['src/ui/**/*.{ts,tsx}', 'src/workspace/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The core is shared by the page and the CLI: it may not reach into either, nor use React or Node.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/core must not use React.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'src/core must not use Node APIs.',
            },
            {
              group: ['**/ui/**', '**/cli/**'],
              message: 'src/core must not import the page or the CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/ui/**', 'react', 'react-dom'], message: 'The CLI uses the core only.' },
          ],
        },
      ],
    },
  },
  {
    // The workspace (issue 21): what happens to a draft over time, no React, no components; its
    // functions fit on a screen.
    files: ['src/workspace/**/*.ts'],
    ignores: ['src/workspace/**/*.test.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message:
                "src/workspace must not use React (react-hook-form's createFormControl is fine).",
            },
            {
              group: ['**/ui/**', '**/cli/**'],
              message: 'src/workspace must not import the page or the CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    // The page reads drafts through src/workspace/drafts.ts (every way a draft comes to be or
    // goes) and storage-status.ts, the editor through its engine: never storage itself.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/workspace/storage/**'],
              message: 'src/ui reads storage through src/workspace/drafts.ts or storage-status.ts.',
            },
            {
              group: ['idb'],
              message: 'src/ui keeps data through src/workspace (settings/, ocr/pack-files.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // Nor does the page touch the browser's storage itself: settings go through
    // src/workspace/settings/settings-store.ts, drafts through the workspace (tests aside).
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
          name,
          message:
            'src/ui keeps data through src/workspace (settings/settings-store.ts, drafts.ts).',
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          ['localStorage', 'sessionStorage', 'indexedDB'].map((property) => ({
            object,
            property,
            message:
              'src/ui keeps data through src/workspace (settings/settings-store.ts, drafts.ts).',
          })),
        ),
      ],
    },
  },
);
