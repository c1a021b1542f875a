import type { CliCommand, ParsedOptions } from '../command.js'
import { DB_OPTION, jsonOption, timeLimitOption } from './shared-options.js'

/** `micropurse batch what-fits|generate|enqueue|worker|status`: what-fits over a whole catalog. */
export const batchCommand: CliCommand = {
  name: 'batch <action>',
  description:
    'What fits in every bag of the catalog: what-fits, generate, enqueue, worker, status (docs/batch.md)',
  options: [
    DB_OPTION,
    {
      flags: '--kits <ids>',
      description: 'what-fits, enqueue, status: kits to try, comma-separated, or all (default all)',
    },
    {
      flags: '--items <ids>',
      description:
        'what-fits, enqueue, status: items to try alone: ids, kit (the items of the kits), all or none (default kit)',
    },
    { flags: '--workers <n>', description: 'what-fits, worker: worker threads (default: one per core)' },
    timeLimitOption(
      'what-fits, enqueue, status: time limit per decision in ms (default 300); stored unknowns with less are tried again',
    ),
    {
      flags: '--commit-every <n>',
      description: 'what-fits: results per database commit (default 2000; also at least every second)',
    },
    {
      flags: '--queue <url>',
      description: 'enqueue, worker, status: Redis URL of the job queue, e.g. redis://127.0.0.1:6379',
    },
    {
      flags: '--queue-name <name>',
      description: 'enqueue, worker, status: BullMQ queue name (default micropurse-what-fits)',
    },
    { flags: '--bags-per-job <n>', description: 'enqueue: bags per job (default 50)' },
    {
      flags: '--attempts <n>',
      description: 'enqueue: tries per job before it is reported as failed (default 5)',
    },
    {
      flags: '--backoff-ms <ms>',
      description: 'enqueue: wait before the first retry, doubling after each (default 1000)',
    },
    {
      flags: '--lock-ms <ms>',
      description:
        'worker: a job held by a worker that died goes back to the queue after this long (default 30000)',
    },
    {
      flags: '--until-empty',
      description: 'worker: stop once no job is waiting, retrying or held on the queue',
    },
    { flags: '--bags <n>', description: 'generate: how many synthetic bags to write' },
    { flags: '--seed <n>', description: 'generate: random seed (default 1)' },
    jsonOption('Print the summary as JSON'),
  ],
  examples: [
    'micropurse batch what-fits --workers 2',
    'micropurse batch what-fits --kits essentials,evening --items none',
    'micropurse batch generate --bags 100000 --seed 1 --db sqlite:big.sqlite',
    'micropurse batch enqueue --queue redis://127.0.0.1:6379 --db postgres://postgres@127.0.0.1:5432/shop',
    'micropurse batch worker --queue redis://127.0.0.1:6379 --db postgres://postgres@127.0.0.1:5432/shop',
    'micropurse batch status --queue redis://127.0.0.1:6379 --db postgres://postgres@127.0.0.1:5432/shop',
  ],
  run: async (args: string[], options: ParsedOptions) =>
    (await import('./batch-run.js')).runBatch(args, options),
}
