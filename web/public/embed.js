/*
 * micropurse "what fits" for shops: <micropurse-fit bag="coach-tabby-20"></micropurse-fit>
 *
 * Put this script on a product page (from the micropurse server that serves the page):
 *
 *   <script src="https://YOUR-MICROPURSE-HOST/embed.js" defer></script>
 *   <micropurse-fit bag="coach-tabby-20"></micropurse-fit>
 *   <micropurse-fit bag="dior-lady-dior-mini" items="apple-iphone-15+case,lipstick" height="420"></micropurse-fit>
 *
 * Attributes: bag (a catalog bag id, required), items (things as in a share link: ids, +case, *N; default the
 * catalog's essentials kit), kit (a catalog kit id instead of items), height (px, default 400). The element shows the
 * widget page (widget.html on the same server) in a frame, so the shop's styles and scripts never meet it.
 */
;(() => {
  const origin = new URL(document.currentScript ? document.currentScript.src : location.href)

  class MicropurseFit extends HTMLElement {
    static get observedAttributes() {
      return ['bag', 'items', 'kit', 'height']
    }

    connectedCallback() {
      this.render()
    }

    attributeChangedCallback() {
      if (this.isConnected) this.render()
    }

    render() {
      const query = new URLSearchParams()
      for (const name of ['bag', 'items', 'kit']) {
        const value = this.getAttribute(name)
        if (value) query.set(name, value)
      }
      const src = new URL(`widget.html?${query}`, origin).href
      let frame = this.querySelector('iframe')
      if (!frame) {
        frame = document.createElement('iframe')
        frame.style.border = '0'
        frame.style.width = '100%'
        frame.style.display = 'block'
        frame.loading = 'lazy'
        this.append(frame)
      }
      frame.title = `What fits in this bag (micropurse)`
      frame.style.height = `${Number(this.getAttribute('height')) || 400}px`
      if (frame.src !== src) frame.src = src
    }
  }

  if (!customElements.get('micropurse-fit')) customElements.define('micropurse-fit', MicropurseFit)
})()
