import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ApiKeyInfo } from '../../catalog/api-key.table.js'
import { MicropurseError } from '../../errors.js'
import { verifyApiKey } from '../../services/api-keys.js'
import type { KeyRefusal } from '../../services/api-keys.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified API key the request came with, if any. */
    apiKey: ApiKeyInfo | null
    /** Why a presented key was refused, if one was. */
    apiKeyRefusal: KeyRefusal | null
  }
}

/**
 * Reads the API key of every request (`Authorization: Bearer KEY` or `x-api-key: KEY`) before anything else, so the
 * rate limit can count per key. Reads stay public; `requireApiKey` guards the routes that write.
 */
export function useApiKeys(app: FastifyInstance): void {
  app.decorateRequest('apiKey', null)
  app.decorateRequest('apiKeyRefusal', null)
  app.addHook('onRequest', async (request) => {
    const key = presentedKey(request)
    if (key === undefined) return
    const result = await verifyApiKey(app.catalog.db, key, { record: false })
    if (result.ok) request.apiKey = result.info
    else request.apiKeyRefusal = result.refusal
  })
}

/** A `preHandler` that lets only requests with a working key through (401 otherwise, saying what to send). */
export async function requireApiKey(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (request.apiKey) {
    await verifyApiKey(request.server.catalog.db, presentedKey(request)!, { record: true })
    return
  }
  const how =
    'Send "Authorization: Bearer KEY" (or "x-api-key: KEY"); an operator makes a key with micropurse keys create --name NAME.'
  const why = {
    malformed: 'The API key is not in the right form (mpk_ followed by 43 characters).',
    unknown: 'The API key is not one this server issued.',
    revoked: 'The API key was revoked; ask the operator for a new one.',
  }
  const message = request.apiKeyRefusal
    ? `${why[request.apiKeyRefusal]} ${how}`
    : `Catalog writes need an API key. ${how}`
  throw new MicropurseError('UNAUTHORIZED', message)
}

function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization
  if (typeof header === 'string' && header.trim() !== '') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
    return match ? match[1]! : header.trim()
  }
  const key = request.headers['x-api-key']
  if (typeof key === 'string' && key.trim() !== '') return key.trim()
  return undefined
}
