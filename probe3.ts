import { buildTestApp } from './test/api/helper.js'
import { Validator } from '@seriousme/openapi-schema-validator'
const t = (await buildTestApp('sqlite'))!
const doc = t.app.swagger() as any
console.log(JSON.stringify(doc.paths['/api/fit'].post.requestBody.content['application/json'].schema).slice(0, 600))
console.log(Object.keys(doc.components?.schemas ?? {}))
const v = new Validator()
const r = await v.validate(structuredClone(doc))
console.log('valid', r.valid, JSON.stringify(r.errors)?.slice(0, 1500))
await t.close()
