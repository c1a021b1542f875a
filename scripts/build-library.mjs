// Bundles the package's root entry (src/index.ts) into dist/micropurse.js: the fit engine, bags, carry, designer and
// styling advisor with culori inlined, in one file. Node loads one file far faster than the ~190 modules behind it
// (bench/load.ts measures both). tsc still writes dist/ for the CLI, the other entries and the types.
import { build } from 'esbuild'

const started = performance.now()
const result = await build({
  entryPoints: ['src/index.ts'],
  outfile: 'dist/micropurse.js',
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  // The root entry is pure: a Node built-in or a database, queue or server package here is a layering mistake.
  external: [],
  mainFields: ['module', 'main'],
  legalComments: 'eof',
  sourcemap: false,
  logLevel: 'warning',
  metafile: true,
})
const bytes = Object.values(result.metafile.outputs)[0].bytes
const inputs = Object.keys(result.metafile.inputs).length
console.log(
  `dist/micropurse.js: ${inputs} modules, ${(bytes / 1024).toFixed(0)} KB, ${(performance.now() - started).toFixed(0)} ms`,
)
