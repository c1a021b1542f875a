import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { httpApi } from '../data/api.js'
import { readWidgetQuery } from './query.js'
import { Widget } from './Widget.js'
import './widget.css'

// The shop's page gives the bag (and the things) in the address of the frame: widget.html?bag=ID&items=...
createRoot(document.getElementById('widget')!).render(
  <StrictMode>
    <Widget api={httpApi()} query={readWidgetQuery(location.search)} pageUrl={new URL('./', location.href).href} />
  </StrictMode>,
)
