import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'

/**
 * The web page: built into web/dist, which `micropurse serve` serves at `/` next to the API.
 * `npm run dev:web` proxies /api to a server started with `micropurse serve --port 8787`.
 */
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The 3D view is split off and loaded after the first paint; see docs/web.md for the budget.
    chunkSizeWarningLimit: 1000,
    reportCompressedSize: false,
    // Plugin timing notes are noise in `npm run build`. Two pages: the site, and the widget shops embed.
    rolldownOptions: {
      checks: { pluginTimings: false },
      input: { index: fileURLToPath(new URL('index.html', import.meta.url)), widget: fileURLToPath(new URL('widget.html', import.meta.url)) },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8787', '/openapi.json': 'http://127.0.0.1:8787' },
  },
})
