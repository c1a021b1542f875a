import { fail, show } from '../../errors.js'
import { createApiKey, listApiKeys, revokeApiKey } from '../../services/api-keys.js'
import type { ParsedOptions } from '../command.js'
import { err, out, outJson, table } from '../output.js'
import { withCatalog } from './catalog-open.js'

/** Runs `micropurse keys create|list|revoke`. The key is printed once, on stdout; only its hash is stored. */
export async function runKeys(args: string[], options: ParsedOptions): Promise<number> {
  const [action, target, ...extra] = args
  if (extra.length > 0)
    fail(
      'INVALID_INPUT',
      `Unexpected ${show(extra.join(' '))} after keys ${action}; see micropurse keys --help.`,
    )
  if (action === 'create') {
    if (target !== undefined)
      fail('INVALID_INPUT', `Give the key's name with --name, e.g. micropurse keys create --name ${target}.`)
    if (typeof options.name !== 'string' || options.name === '')
      fail('INVALID_INPUT', 'Say who the key is for: micropurse keys create --name shop-a.')
    const name = options.name
    return withCatalog(options, async (catalog) => {
      const { key, info } = await createApiKey(catalog.db, name)
      if (options.json) outJson({ key, ...info })
      else {
        out(key)
        err(
          `Created API key ${info.id} for ${show(info.name)} in ${catalog.location}. It is shown only now: store it somewhere safe.`,
        )
        err('Send it as "Authorization: Bearer KEY" (or "x-api-key: KEY") with catalog writes.')
      }
      return 0
    })
  }
  if (action === 'list') {
    if (target !== undefined) fail('INVALID_INPUT', 'keys list takes no argument.')
    return withCatalog(options, async (catalog) => {
      const keys = await listApiKeys(catalog.db)
      if (options.json) outJson(keys)
      else if (keys.length === 0) out('No API keys yet: micropurse keys create --name NAME makes one.')
      else
        out(
          table(
            ['id', 'name', 'starts with', 'created', 'last used', 'revoked'],
            keys.map((k) => [
              k.id,
              k.name,
              `${k.prefix}...`,
              k.createdAt,
              k.lastUsedAt ?? '',
              k.revokedAt ?? '',
            ]),
          ),
        )
      return 0
    })
  }
  if (action === 'revoke') {
    if (target === undefined)
      fail(
        'INVALID_INPUT',
        'Say which key: micropurse keys revoke ID (from keys list) or NAME (revokes every key of that name).',
      )
    return withCatalog(options, async (catalog) => {
      const count = await revokeApiKey(catalog.db, target)
      if (options.json) outJson({ revoked: count })
      else out(`Revoked ${count} key${count === 1 ? '' : 's'} (${target}).`)
      return 0
    })
  }
  return fail('INVALID_INPUT', `Unknown keys action ${show(action ?? '')}: expected create, list or revoke.`)
}

