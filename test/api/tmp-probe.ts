import { connect } from 'node:net'
import { buildTestApp } from './helper.js'
const t = (await buildTestApp('sqlite'))!
await t.app.listen({ port: 0, host: '127.0.0.1' })
const port = (t.app.server.address() as { port: number }).port
const body = '{"id":"hostile-bag","brand":"Shop","model":"Nano","exteriorMm":{"w":110,"h":80,"d":40},"dimsStatus":10.3,"shape":null}'
const req = `POST /api/bags HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`
const s = connect(port, '127.0.0.1')
s.on('data', (d) => console.log('got', d.toString().slice(0, 400)))
s.setTimeout(3000, () => { console.log('timeout'); s.destroy() })
s.on('close', async () => { await t.close(); process.exit(0) })
s.write(req)
