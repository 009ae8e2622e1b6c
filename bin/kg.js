#!/usr/bin/env node
// The `kg` command. The project runs its TypeScript through tsx (no separate build step),
// so this shim registers tsx's loader and hands over to the CLI.
import process from 'node:process';
import { register } from 'tsx/esm/api';

// Unset NODE_ENV means production here (src/config/settings.ts); say so to the libraries that
// read it once at load: graphql-js otherwise runs its development-only type checks on every
// field of every response (see the API performance notes in the README).
process.env.NODE_ENV ??= 'production';
register();
await import('../src/cli/main.ts');
