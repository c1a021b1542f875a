import { useApp } from '../state/context.js'
import { UNITS } from '../state/units.js'

const NAMES = { mm: 'millimetres', cm: 'centimetres', in: 'inches' } as const

/** The unit every size on the page is shown in (remembered in this browser). */
export function UnitSwitch() {
  const unit = useApp((s) => s.unit)
  const setUnit = useApp((s) => s.setUnit)
  return (
    <fieldset className="units">
      <legend className="visually-hidden">Show sizes in</legend>
      {UNITS.map((u) => (
        <label key={u} className={u === unit ? 'on' : ''}>
          <input type="radio" name="unit" value={u} checked={u === unit} onChange={() => setUnit(u)} />
          <span aria-hidden="true">{u}</span>
          <span className="visually-hidden">{NAMES[u]}</span>
        </label>
      ))}
    </fieldset>
  )
}
