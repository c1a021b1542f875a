import { UnitSwitch } from './UnitSwitch.js'

export function Header() {
  return (
    <header className="top">
      <div className="brand">
        <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28">
          <path d="M6 12h20l-2 16H8z" fill="currentColor" />
          <path d="M11 12a5 5 0 0 1 10 0" fill="none" stroke="currentColor" strokeWidth="2.5" />
        </svg>
        <div>
          <h1>micropurse</h1>
          <p className="tagline">Will my things fit in my micro bag?</p>
        </div>
      </div>
      <UnitSwitch />
    </header>
  )
}
