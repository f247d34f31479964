import type { Hop, Party } from '../runner/hops'

const PARTIES: { id: Party; label: string }[] = [
  { id: 'browser', label: 'Browser' },
  { id: 'shipstation', label: 'ShipStation' },
  { id: 'stamps', label: 'Stamps.com' },
  { id: 'usps', label: 'USPS' },
]
const GAP = 190
const LEFT = 90
const ROW = 26
const TOP = 64

const x = (party: Party) =>
  LEFT +
  GAP *
    Math.max(
      0,
      PARTIES.findIndex((p) => p.id === party),
    )

function colorOf(hop: Hop): string {
  if (hop.status >= 400) return '#b3261e'
  if (hop.status >= 300) return '#1f5fbf'
  return '#2e7d32'
}

function pathOf(url: string): string {
  try {
    const u = new URL(url)
    const path = `${u.pathname}${u.search}`
    return path.length > 38 ? `${path.slice(0, 37)}…` : path
  } catch {
    return url
  }
}

/**
 * The hops of a scenario as a sequence diagram between Browser, ShipStation, Stamps.com and USPS:
 * inline SVG, no script. Redirects are blue, refusals red, control-API calls dashed; hover an
 * arrow for the full URL and the step that made it.
 */
export const SequenceDiagram = ({ hops }: { hops: readonly Hop[] }) => {
  const shown = hops.filter((h) => h.to)
  const width = LEFT * 2 + GAP * (PARTIES.length - 1)
  const height = TOP + ROW * shown.length + 20
  return (
    <svg
      class="sequence"
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Sequence diagram of ${shown.length} requests`}
    >
      <defs>
        {['#2e7d32', '#1f5fbf', '#b3261e'].map((c) => (
          <marker
            id={`arrow-${c.slice(1)}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={c} />
          </marker>
        ))}
      </defs>
      {PARTIES.map((p) => (
        <g class="party">
          <rect
            x={x(p.id) - 60}
            y="8"
            width="120"
            height="28"
            rx="4"
            fill="#f3f4f6"
            stroke="#555"
          />
          <text x={x(p.id)} y="27" text-anchor="middle" font-size="13" font-weight="bold">
            {p.label}
          </text>
          <line
            x1={x(p.id)}
            y1="36"
            x2={x(p.id)}
            y2={height - 8}
            stroke="#999"
            stroke-dasharray="4 4"
          />
        </g>
      ))}
      {shown.map((hop, i) => {
        const y = TOP + ROW * i
        const from = x(hop.from)
        const to = x(hop.to!)
        const color = colorOf(hop)
        const control = new URL(hop.url).pathname.startsWith('/__sandbox')
        return (
          <g class="hop" data-from={hop.from} data-to={hop.to}>
            <title>{`${hop.method} ${hop.url} -> ${hop.status}${hop.location ? ` (Location ${hop.location})` : ''}${hop.step ? `\nstep: ${hop.step}` : ''}`}</title>
            <line
              x1={from}
              y1={y}
              x2={to}
              y2={y}
              stroke={color}
              stroke-width="1.5"
              stroke-dasharray={control ? '3 3' : undefined}
              marker-end={`url(#arrow-${color.slice(1)})`}
            />
            <text x={(from + to) / 2} y={y - 4} text-anchor="middle" font-size="11" fill={color}>
              {`${hop.method} ${pathOf(hop.url)} → ${hop.status}`}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
