import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify'
import { ERROR_STATUS, MicropurseError } from '../../errors.js'
import type { ErrorCode } from '../../errors.js'
import { API_LIMITS } from '../limits.js'
import { describeValidation } from './validation.js'

/** The JSON every error answer carries (schemas/common.ts `ErrorReply`). */
export interface ErrorBody {
  statusCode: number
  code: ErrorCode
  message: string
  details?: Record<string, unknown>
}

/** What a 5xx says instead of its details, which go to the log. */
const SERVER_SIDE: Partial<Record<ErrorCode, string>> = {
  SERVER_BUSY: 'The server is busy solving other requests; try again in a few seconds.',
  DATABASE_UNAVAILABLE: 'The catalog database is unavailable right now; try again later.',
  QUEUE_UNAVAILABLE: 'The work queue is unavailable right now; try again later.',
}

/**
 * Installs the error and not-found handlers: every failure becomes JSON `{ statusCode, code, message, details? }`.
 * A client's mistake (4xx) keeps its message; a 5xx says only that something went wrong, and the error goes to the
 * log with the request id.
 */
export function useJsonErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const body = toErrorBody(error, request)
    if (body.statusCode >= 500) {
      request.log.error({ err: error }, 'request failed')
      body.message = `${SERVER_SIDE[body.code] ?? 'Something went wrong on the server.'} (request ${request.id})`
      delete body.details
    }
    if (body.code === 'SERVER_BUSY') reply.header('retry-after', '5')
    return reply.status(body.statusCode).send(body)
  })
  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      statusCode: 404,
      code: 'NOT_FOUND',
      message: `No route ${request.method} ${request.url.split('?')[0]}. The routes are listed at /docs (OpenAPI at /openapi.json).`,
    }
    return reply.status(404).send(body)
  })
}

/** Any thrown error as the JSON answer. */
export function toErrorBody(error: FastifyError | Error, request?: FastifyRequest): ErrorBody {
  if (error instanceof MicropurseError) {
    return {
      statusCode: error.status,
      code: error.code,
      message: error.message,
      ...(error.details && { details: { ...error.details } }),
    }
  }
  const e = error as FastifyError
  if (e.validation)
    return coded('INVALID_INPUT', describeValidation(e.validation as never, e.validationContext ?? 'body'))
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return coded(
        'PAYLOAD_TOO_LARGE',
        `The body is larger than the ${API_LIMITS.bodyBytes} bytes accepted; send a smaller request (split a large catalog into several writes).`,
      )
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return coded(
        'UNSUPPORTED_MEDIA_TYPE',
        `Send the body as JSON with "Content-Type: application/json" (got ${JSON.stringify(request?.headers['content-type'] ?? '')}).`,
      )
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return coded('INVALID_JSON', 'The body is empty but the content type says JSON: send a JSON object.')
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      // Fastify keeps the parser's words to itself; say what usually goes wrong.
      return coded(
        'INVALID_JSON',
        'The body is not valid JSON: check quotes (double only), commas and brackets. Keys named __proto__ or constructor are refused.',
      )
  }
  const status = e.statusCode ?? 500
  if (error instanceof SyntaxError && status === 400)
    return coded('INVALID_JSON', `The body is not valid JSON: ${error.message}.`)
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (a bad URL, a wrong content length, a forbidden prototype key...).
    return {
      statusCode: status,
      code: status === 404 ? 'NOT_FOUND' : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INVALID_INPUT',
      message: e.message,
    }
  }
  return coded('INTERNAL', e.message)
}

function coded(code: ErrorCode, message: string): ErrorBody {
  return { statusCode: ERROR_STATUS[code], code, message }
}
