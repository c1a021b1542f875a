import { Validator } from '@seriousme/openapi-schema-validator'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildTestApp } from './helper.js'
import type { TestApp } from './helper.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an OpenAPI document walked as plain JSON
type Json = Record<string, any>

describe('GET /openapi.json', () => {
  let t: TestApp
  let doc: Json
  beforeAll(async () => {
    t = (await buildTestApp('sqlite'))!
    doc = (await t.app.inject({ url: '/openapi.json' })).json<Json>()
  })
  afterAll(async () => {
    await t.close()
  })

  /** Every operation of the document with its path and method. */
  const operations = () =>
    Object.entries(doc.paths as Json).flatMap(([path, ops]) =>
      Object.entries(ops as Json).map(([method, op]) => ({ path, method, op: op as Json })),
    )

  /** Ajv for JSON Schema 2020-12 (OpenAPI 3.1's dialect), strict, with the components under their references. */
  const ajv = () => {
    const a = new Ajv2020({ strict: true, allErrors: true })
    a.addKeyword('example')
    for (const [name, schema] of Object.entries(doc.components.schemas as Json))
      a.addSchema(schema as object, `#/components/schemas/${name}`)
    return a
  }

  test('is valid OpenAPI 3.1', async () => {
    expect(doc.openapi).toBe('3.1.0')
    const result = await new Validator().validate(structuredClone(doc))
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  test('names its shared shapes as components and gives sizes as 2020-12 tuples', () => {
    for (const name of ['Vec3', 'FitProblem', 'FitAnswer', 'Bag', 'Item', 'Kit', 'ErrorReply', 'CarryPlan'])
      expect(Object.keys(doc.components.schemas)).toContain(name)
    const vec3 = doc.components.schemas.Vec3 as Json
    expect(vec3.prefixItems).toHaveLength(3)
    expect(vec3.items).toBe(false)
    // No draft-07 tuple is left in any schema (examples aside).
    const tuples: string[] = []
    const bagCopies: string[] = []
    const walk = (node: unknown, at: string) => {
      if (typeof node !== 'object' || node === null) return
      if (Array.isArray((node as Json).items) || 'additionalItems' in (node as Json)) tuples.push(at)
      // (PUT takes the record with its id optional: a shape of its own.)
      if (
        (node as Json).properties?.isReferenceOnly &&
        !at.startsWith('#/components') &&
        !at.includes('/put/')
      )
        bagCopies.push(at)
      for (const [k, v] of Object.entries(node)) if (k !== 'example') walk(v, `${at}/${k}`)
    }
    walk(doc.paths, '#/paths')
    walk(doc.components, '#/components')
    expect(tuples).toEqual([])
    // The shared shapes are referred to, not copied into the routes.
    expect(bagCopies).toEqual([])
    const fit = doc.paths['/api/fit'].post.requestBody.content['application/json'].schema
    expect(fit.anyOf).toEqual([
      { $ref: '#/components/schemas/FitProblem' },
      { $ref: '#/components/schemas/FitByIds' },
    ])
  })

  test('every schema compiles in strict Ajv 2020, and every example is valid against its schema', () => {
    const a = ajv()
    let checked = 0
    for (const { path, method, op } of operations()) {
      const body = op.requestBody?.content?.['application/json']
      if (body) {
        expect(body.example, `${method} ${path} request example`).toBeDefined()
        const validate = a.compile(body.schema)
        expect(validate(body.example), `${method} ${path}: ${JSON.stringify(validate.errors)}`).toBe(true)
        checked++
      }
      for (const [status, response] of Object.entries(op.responses as Json)) {
        const content = (response as Json).content?.['application/json']
        if (!content) continue
        expect(content.example, `${method} ${path} ${status} example`).toBeDefined()
        const validate = a.compile(content.schema)
        expect(
          validate(content.example),
          `${method} ${path} ${status}: ${JSON.stringify(validate.errors)}`,
        ).toBe(true)
        checked++
      }
      for (const parameter of op.parameters ?? []) a.compile(parameter.schema)
    }
    expect(checked).toBeGreaterThan(80)
  })

  test('writes name the API key as a security scheme; every route lists the statuses the server can answer', () => {
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' })
    expect(doc.components.securitySchemes.apiKeyHeader).toMatchObject({ type: 'apiKey', name: 'x-api-key' })
    for (const { path, method, op } of operations()) {
      const statuses = Object.keys(op.responses as Json)
      for (const status of ['400', '408', '414', '429', '431', '503'])
        expect(statuses, `${method} ${path}`).toContain(status)
      if (op.requestBody)
        for (const status of ['413', '415']) expect(statuses, `${method} ${path}`).toContain(status)
      if (['post', 'put', 'delete'].includes(method) && /\/api\/(bags|items|kits)/.test(path)) {
        expect(op.security, `${method} ${path}`).toEqual([{ apiKey: [] }, { apiKeyHeader: [] }])
        expect(statuses).toContain('401')
      }
    }
  })
})
