#!/usr/bin/env node
// Runs the built CLI when it exists (published package), the TypeScript sources otherwise
// (inside the cdknix workspace). tsx is registered either way so fleets may be TypeScript.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const built = new URL('../dist/main.js', import.meta.url);
const { main } = await import(
  existsSync(built) ? built.href : new URL('../src/main.ts', import.meta.url).href
);
process.exitCode = await main(process.argv.slice(2));
