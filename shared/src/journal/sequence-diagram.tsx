import type { FC } from 'hono/jsx'
import type { Caller, JournalEntry } from './journal'

const LANES: { id: Caller; label: string }[] = [
  { id: 'browser', label: 'Browser' },
  { id: 'shipstation', label: 'ShipStation' },
  { id: 'stamps', label: 'Stamps.com' },
  { id: 'usps', label: 'USPS' },
]
const WIDTH = 760
const LANE_GAP = 200
const LEFT = 80
const HEAD = 40
const ROW = 30

const laneX = (id: Caller) => LEFT + LANES.findIndex((lane) => lane.id === id) * LANE_GAP

/** `POST /oauth2/v3/token 503`, shortened to fit between two lanes. */
function labelOf(entry: JournalEntry): string {
  const status = entry.status === 0 ? 'dropped' : String(entry.status)
  const path = entry.path.length > 26 ? `${entry.path.slice(0, 25)}…` : entry.path
  return `${entry.method} ${path} ${status}${entry.fault ? ' (fault)' : ''}`
}

/**
 * The hops as a sequence diagram in inline SVG (no script, no CDN): one lane per party, one arrow
 * per request from its caller to the service that received it, oldest at the top.
 */
export const SequenceDiagram: FC<{ entries: JournalEntry[] }> = ({ entries }) => {
  const hops = [...entries].sort((a, b) => a.startedAt - b.startedAt)
  const height = HEAD + hops.length * ROW + 20
  return (
    <svg
      role="img"
      aria-label="Sequence diagram of the requests between the browser and the three services"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      class="sequence"
    >
      <title>Requests between the browser and the services, oldest first</title>
      <defs>
        <marker
          id="arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#334e68" />
        </marker>
        <marker
          id="arrow-failed"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#c62828" />
        </marker>
      </defs>
      {LANES.map((lane) => (
        <g>
          <text x={laneX(lane.id)} y={20} text-anchor="middle" font-weight="700" font-size="14">
            {lane.label}
          </text>
          <line
            x1={laneX(lane.id)}
            y1={28}
            x2={laneX(lane.id)}
            y2={height - 8}
            stroke="#9aa5b1"
            stroke-dasharray="4 4"
          />
        </g>
      ))}
      {hops.map((entry, i) => {
        const y = HEAD + i * ROW + 18
        const from = laneX(entry.caller)
        const to = laneX(entry.service)
        const failed = entry.status === 0 || entry.status >= 400
        const color = failed ? '#c62828' : '#334e68'
        return (
          <g>
            <line
              x1={from}
              y1={y}
              x2={to}
              y2={y}
              stroke={color}
              stroke-width="1.5"
              marker-end={failed ? 'url(#arrow-failed)' : 'url(#arrow)'}
            />
            <text x={(from + to) / 2} y={y - 5} text-anchor="middle" font-size="11" fill={color}>
              {labelOf(entry)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
