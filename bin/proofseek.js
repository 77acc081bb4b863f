#!/usr/bin/env node
// The package's executable. Sources are TypeScript run through tsx's loader, so a fresh
// `npm ci` needs no build step before `npx proofseek` works.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
