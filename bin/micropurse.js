#!/usr/bin/env node
// Thin entry: set up the process, then hand over to the real CLI (built into dist/ by `npm install`).
import { main } from '../dist/cli/index.js'

process.exitCode = await main(process.argv.slice(2))
