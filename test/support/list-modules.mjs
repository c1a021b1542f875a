// Preloaded with `node --import`: records every module URL the ESM loader resolves, so a test can list what an
// import loads in a fresh process. The hooks run on the loader's own thread; a port carries the URLs back, and
// `globalThis.listModules()` asks for them once the import is done (messages on a port arrive in order, so the
// answer comes after every URL sent before it).
import { register } from 'node:module'
import { MessageChannel } from 'node:worker_threads'

const hooks = `
let port
const urls = []
export function initialize(data) {
  port = data.port
  port.on('message', () => port.postMessage(urls))
}
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  urls.push(result.url)
  return result
}`
const { port1, port2 } = new MessageChannel()
register(`data:text/javascript,${encodeURIComponent(hooks)}`, {
  data: { port: port2 },
  transferList: [port2],
})

globalThis.listModules = () =>
  new Promise((resolve) => {
    port1.once('message', (urls) => {
      port1.close()
      resolve([...new Set(urls)])
    })
    port1.postMessage('list')
  })
