#!/usr/bin/env node
// The `kg` command. The project runs its TypeScript through tsx (no separate build step),
// so this shim registers tsx's loader and hands over to the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
