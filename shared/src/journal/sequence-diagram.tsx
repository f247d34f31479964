import type { FC } from 'hono/jsx'
import type { Caller, JournalEntry } from './journal'

/** The lanes, left to right, in the order a customer meets them; also the names tables print. */
export const PARTY_LABELS: Readonly<Record<Caller, string>> = Object.freeze({
  browser: 'Browser',
  shipstation: 'ShipStation',
  stamps: 'Stamps.com',
  usps: 'USPS',
})

/**
 * One arrow of a {@link SequenceDiagram}: whoever recorded the request (the scenario runner's
 * hops, a service's journal) says who sent it, who answered and how.
 */
export interface SequenceArrow {
  from: Caller
  to: Caller
  method: string
  /** Absolute URL or path and query; the arrow shows the path, the tooltip all of it. */
  url: string
  /** 0 when a fault dropped the connection. */
  status: number
  /** The fault that answered instead of the route. */
  fault?: string
  /** More lines for the tooltip (a redirect's Location, the step that made it). */
  details?: string[]
}

const LANES = Object.keys(PARTY_LABELS) as Caller[]
const GAP = 190
const LEFT = 90
const ROW = 26
const TOP = 64
const COLORS = { ok: '#2e7d32', redirect: '#1f5fbf', failed: '#b3261e' } as const

const laneX = (party: Caller) => LEFT + GAP * Math.max(0, LANES.indexOf(party))

function kindOf(arrow: SequenceArrow): keyof typeof COLORS {
  if (arrow.status === 0 || arrow.status >= 400) return 'failed'
  return arrow.status >= 300 ? 'redirect' : 'ok'
}

function pathOf(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : undefined
  const path = parsed ? `${parsed.pathname}${parsed.search}` : url
  return path.length > 38 ? `${path.slice(0, 37)}…` : path
}

function labelOf(arrow: SequenceArrow): string {
  const status = arrow.status === 0 ? 'dropped' : String(arrow.status)
  return `${arrow.method} ${pathOf(arrow.url)} ${status}${arrow.fault ? ' (fault)' : ''}`
}

/**
 * Requests between Browser, ShipStation, Stamps.com and USPS as a sequence diagram in inline SVG
 * (no script, no CDN), one arrow per request in the order given: green answered, blue redirected,
 * red refused or dropped, dashed for the `/__sandbox` control API. Hover an arrow for the full
 * URL. The journal page and the scenario runner's HTML report both draw with it.
 *
 * @example
 * <SequenceDiagram arrows={[{ from: 'stamps', to: 'usps', method: 'POST', url: '/oauth2/v3/token', status: 200 }]} />
 */
export const SequenceDiagram: FC<{ arrows: readonly SequenceArrow[] }> = ({ arrows }) => {
  const width = LEFT * 2 + GAP * (LANES.length - 1)
  const height = TOP + ROW * arrows.length + 20
  return (
    <svg
      class="sequence"
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style="max-width:100%;height:auto"
      role="img"
      aria-label={`Sequence diagram of ${arrows.length} requests between the browser and the three services`}
    >
      <defs>
        {Object.entries(COLORS).map(([kind, color]) => (
          <marker
            id={`arrow-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={color} />
          </marker>
        ))}
      </defs>
      {LANES.map((party) => (
        <g class="party">
          <rect x={laneX(party) - 60} y="8" width="120" height="28" rx="4" fill="#f3f4f6" />
          <text x={laneX(party)} y="27" text-anchor="middle" font-size="13" font-weight="bold">
            {PARTY_LABELS[party]}
          </text>
          <line
            x1={laneX(party)}
            y1="36"
            x2={laneX(party)}
            y2={height - 8}
            stroke="#999"
            stroke-dasharray="4 4"
          />
        </g>
      ))}
      {arrows.map((arrow, i) => {
        const y = TOP + ROW * i
        const from = laneX(arrow.from)
        const to = laneX(arrow.to)
        const kind = kindOf(arrow)
        const control = pathOf(arrow.url).startsWith('/__sandbox')
        const title = [`${arrow.method} ${arrow.url} -> ${arrow.status}`, ...(arrow.details ?? [])]
        if (arrow.fault) title.push(`fault: ${arrow.fault}`)
        return (
          <g class="hop" data-from={arrow.from} data-to={arrow.to}>
            <title>{title.join('\n')}</title>
            <line
              x1={from}
              y1={y}
              x2={to}
              y2={y}
              stroke={COLORS[kind]}
              stroke-width="1.5"
              stroke-dasharray={control ? '3 3' : undefined}
              marker-end={`url(#arrow-${kind})`}
            />
            <text
              x={(from + to) / 2}
              y={y - 4}
              text-anchor="middle"
              font-size="11"
              fill={COLORS[kind]}
            >
              {labelOf(arrow)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/**
 * A journal's entries as arrows, oldest first (the journal lists newest first).
 *
 * @example
 * <SequenceDiagram arrows={journalArrows(entries)} />
 */
export function journalArrows(entries: readonly JournalEntry[]): SequenceArrow[] {
  return [...entries]
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((e) => ({
      from: e.caller,
      to: e.service,
      method: e.method,
      url: e.url,
      status: e.status,
      ...(e.fault ? { fault: e.fault.name ?? e.fault.id } : {}),
    }))
}
