#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx kassabon` works right after
// `npm install` without a build step (docs/decisions/003-typescript-without-build.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
