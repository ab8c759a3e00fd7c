#!/usr/bin/env node
// Runs the TypeScript sources inside the cdknix workspace (where src/ exists, so a stale
// dist/ never runs there) and the built JavaScript in a published package (which ships dist/
// and no src/). tsx is registered either way: fleets, hosts and cdknix.config may be TypeScript.
//
// The command runs in a worker thread with a deep stack: an evaluation follows options that
// read each other by recursion, and Node's main thread stops after about 850 of them, where
// Nix goes on to about 5,000 (the worker's 64 MB allow about 50,000).
import { existsSync } from 'node:fs';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

const STACK_SIZE_MB = 64;

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url), {
    argv: process.argv.slice(2),
    resourceLimits: { stackSizeMb: STACK_SIZE_MB },
  });
  worker.on('message', (exitCode) => {
    process.exitCode = exitCode;
  });
  worker.on('error', (error) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const source = new URL('../src/main.ts', import.meta.url);
  const built = new URL('../dist/main.js', import.meta.url);
  const { main } = await import(existsSync(source) ? source.href : built.href);
  parentPort.postMessage(await main(process.argv.slice(2)));
}
