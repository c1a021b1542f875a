import { BagPicker, Header, ItemPicker, Panels, SharePanel, Verdict, VerdictBar } from './ui/index.js'

/** The page: choices on one side, the answer and its views on the other (stacked on a phone). */
export function App() {
  return (
    <>
      <a className="skip-link" href="#answer">
        Skip to the answer
      </a>
      <Header />
      <main className="layout">
        <div className="choose">
          <BagPicker />
          <ItemPicker />
        </div>
        <div className="answer" id="answer" tabIndex={-1}>
          <Verdict />
          <SharePanel />
          <Panels />
        </div>
      </main>
      <VerdictBar />
      <footer className="foot">
        <p>
          Sizes come from the micropurse catalog; every “fits” comes with a checked layout, every “does not fit” with a reason that holds. A round or curved thing
          is packed as the box around it, so a “fits” is never too hopeful; sizes are known only so closely, and a close call says so. <a href="/openapi.json">API</a>
        </p>
      </footer>
    </>
  )
}
