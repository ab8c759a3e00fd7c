#!/usr/bin/env node
// Runs the TypeScript sources inside the cdknix workspace (where src/ exists, so a stale
// dist/ never runs there) and the built JavaScript in a published package (which ships dist/
// and no src/). tsx is registered either way: fleets, hosts and cdknix.config may be TypeScript.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const source = new URL('../src/main.ts', import.meta.url);
const built = new URL('../dist/main.js', import.meta.url);
const { main } = await import(existsSync(source) ? source.href : built.href);
process.exitCode = await main(process.argv.slice(2));
