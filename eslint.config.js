// Flat config: typescript-eslint's recommended rules over the project's TypeScript.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'dist/', '**/generated/**', '.kg/', '.kg-test/', 'artifacts/', 'neo4j/target/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Dependencies point one way: tests and benchmarks drive the product through harness/; neither
  // imports the other, and the product never imports any of them.
  ...[
    { files: ['tests/**/*.ts'], forbidden: ['bench'] },
    { files: ['bench/**/*.ts'], forbidden: ['tests'] },
    { files: ['harness/**/*.ts'], forbidden: ['tests', 'bench'] },
    { files: ['src/**/*.ts', 'web/src/**/*.ts'], forbidden: ['tests', 'bench', 'harness'] },
  ].map(({ files, forbidden }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: forbidden.map((dir) => ({ regex: `^(\\.\\./)+${dir}/`, message: `${files[0].split('/')[0]}/ must not import from ${dir}/ (see README, "How it is built")` })) },
      ],
    },
  })),
);
