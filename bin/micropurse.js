#!/usr/bin/env node
// Thin entry: set up the process, then hand over to the real CLI (built into dist/ by `npm install`).
import { main } from '../dist/cli/index.js'

// A reader that stops early (`micropurse catalog export | head -1`) closes the pipe: that is the reader's choice,
// not a failure, so stop quietly instead of dying on EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

process.exitCode = await main(process.argv.slice(2))
