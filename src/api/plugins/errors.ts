import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
} from 'fastify'
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
  DATABASE_UNAVAILABLE: 'The catalog database is unavailable right now; try again in a few seconds.',
  DATABASE_BUSY: 'The catalog database is being written by another process; try again in a moment.',
  QUEUE_UNAVAILABLE: 'The work queue is unavailable right now; try again later.',
}

/** Seconds a client should wait before asking again, per 503 code, when the error does not say. */
const RETRY_AFTER_S: Partial<Record<ErrorCode, number>> = {
  SERVER_BUSY: 5,
  DATABASE_UNAVAILABLE: 2,
  DATABASE_BUSY: 1,
  QUEUE_UNAVAILABLE: 5,
}

/** The code of a client error Fastify or Node raised with only a status. */
const CODE_OF_STATUS: Record<number, ErrorCode> = {
  400: 'INVALID_INPUT',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  431: 'HEADERS_TOO_LARGE',
}

/** Longest path parameter the router takes; longer ones answer 414. Above every schema's `maxLength` (200). */
const MAX_PARAM_LENGTH = 500

/**
 * Server options that make Fastify's and Node's own refusals speak the error contract: a bad `%` escape and an
 * over-long path parameter (`frameworkErrors`), and what Node refuses before a request exists — headers too large
 * (431), a request that did not arrive in time (408), bytes that are not HTTP (400) — in `clientErrorHandler`.
 */
export function errorServerOptions(): FastifyServerOptions {
  return {
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const body =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? coded(
              'URI_TOO_LONG',
              `A part of the path is longer than ${MAX_PARAM_LENGTH} characters; catalog ids have at most 200.`,
            )
          : error.code === 'FST_ERR_BAD_URL'
            ? coded(
                'INVALID_URL',
                `The path ${JSON.stringify(shorten(request.raw.url ?? ''))} has a bad % escape: write % as %25, and escape other characters as %XX with two hex digits.`,
              )
            : toErrorBody(error, request)
      void reply.status(body.statusCode).send(body)
    },
    clientErrorHandler: (error: NodeJS.ErrnoException, socket: Socket) => {
      if (error.code === 'ECONNRESET' || socket.destroyed) return
      const body =
        error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? coded(
              'REQUEST_TIMEOUT',
              `The request did not arrive within ${API_LIMITS.requestTimeoutMs / 1000} s; send it whole, faster.`,
            )
          : error.code === 'HPE_HEADER_OVERFLOW'
            ? coded('HEADERS_TOO_LARGE', 'The request headers are larger than the 16 KiB accepted.')
            : coded('INVALID_INPUT', 'The request is not valid HTTP/1.1.')
      if (socket.writable) {
        const text = JSON.stringify(body)
        socket.write(
          `HTTP/1.1 ${body.statusCode} ${STATUS_CODES[body.statusCode]}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
        )
      }
      socket.destroy()
    },
  }
}

/**
 * Installs the error and not-found handlers: every failure becomes JSON `{ statusCode, code, message, details? }`.
 * A client's mistake (4xx) keeps its message; a 5xx says only that something went wrong, and the error goes to the
 * log with the request id. A 503 carries `Retry-After`.
 */
export function useJsonErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const body = toErrorBody(error, request)
    // A 503 always says when to come back, and so does a 429 of the solver-time limit.
    const retry = error instanceof MicropurseError ? error.details?.retryAfterS : undefined
    if (body.statusCode === 503 || (body.statusCode === 429 && typeof retry === 'number'))
      reply.header('retry-after', String(typeof retry === 'number' ? retry : (RETRY_AFTER_S[body.code] ?? 5)))
    if (body.statusCode >= 500) {
      if (body.statusCode === 503) request.log.warn({ err: error }, 'unavailable')
      else request.log.error({ err: error }, 'request failed')
      body.message = `${SERVER_SIDE[body.code] ?? 'Something went wrong on the server.'} (request ${request.id})`
      delete body.details
    }
    return reply.status(body.statusCode).send(body)
  })
  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      statusCode: 404,
      code: 'NOT_FOUND',
      message: `No route ${request.method} ${shorten(request.url.split('?')[0]!)}. The routes are listed at /docs (OpenAPI at /openapi.json).`,
    }
    return reply.status(404).send(body)
  })
}

/** Methods a path may be asked with; those a path lacks answer 405 (`useMethodNotAllowed`). */
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const

/**
 * Answers 405 with `Allow` for a method a known path does not take (`PATCH /api/bags/ID`), instead of 404. Call
 * before the routes are added; the 405 routes are added once the app is ready to be closed for registration.
 */
export function useMethodNotAllowed(app: FastifyInstance): () => void {
  const methodsOf = new Map<string, Set<string>>()
  app.addHook('onRoute', (route) => {
    if ((route.config as { methodNotAllowed?: boolean } | undefined)?.methodNotAllowed) return
    if (route.url.includes('*')) return
    const methods = methodsOf.get(route.url) ?? new Set<string>()
    for (const m of [route.method].flat()) methods.add(m)
    methodsOf.set(route.url, methods)
  })
  return () => {
    for (const [url, methods] of methodsOf) {
      const allowed = METHODS.filter((m) => methods.has(m))
      const missing = METHODS.filter((m) => !methods.has(m))
      if (allowed.length === 0 || missing.length === 0) continue
      const allow = [...allowed, ...(methods.has('GET') ? ['HEAD'] : [])].join(', ')
      app.route({
        method: missing,
        url,
        config: { methodNotAllowed: true },
        schema: { hide: true },
        handler: async (request, reply) => {
          const body = coded(
            'METHOD_NOT_ALLOWED',
            `${request.method} is not an operation on ${shorten(request.url.split('?')[0]!)}; it takes ${allow}.`,
          )
          return reply.status(405).header('allow', allow).send(body)
        },
      })
    }
  }
}

/** Any thrown error as the JSON answer. */
function toErrorBody(error: FastifyError | Error, request?: FastifyRequest): ErrorBody {
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
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return coded('INVALID_INPUT', 'The Content-Length header does not match the body sent.')
    case 'FST_ERR_CTP_INVALID_TYPE':
      return coded(
        'INVALID_INPUT',
        'The Content-Type header is not valid; send "Content-Type: application/json".',
      )
    case 'FST_ERR_BAD_URL':
      return coded('INVALID_URL', 'The path has a bad % escape.')
  }
  const status = e.statusCode ?? 500
  if (error instanceof SyntaxError && status === 400)
    return coded('INVALID_JSON', `The body is not valid JSON: ${error.message}.`)
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (a wrong content length, a forbidden prototype key...), with a code of ours.
    return { statusCode: status, code: CODE_OF_STATUS[status] ?? 'INVALID_INPUT', message: e.message }
  }
  return coded('INTERNAL', e.message)
}

function coded(code: ErrorCode, message: string): ErrorBody {
  return { statusCode: ERROR_STATUS[code], code, message }
}

/** A request path for a message, cut to a readable length. */
function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text
}
