import type { FC } from 'hono/jsx'
import type { CopFrame } from '../lib/page-frame'

/**
 * Header of every COP page: who is signed in (the ShipStation account SSO brought) with a
 * sign-out, the COP pages, and the way back to ShipStation, which owns the login.
 */
export const CopNav: FC<{ frame: CopFrame }> = ({ frame }) => (
  <>
    {frame.signedIn ? (
      <>
        <span class="signed-in">
          Signed in as {frame.signedIn.name || frame.signedIn.email} ({frame.signedIn.email})
        </span>
        <a href="/guidelines">Guidelines</a>
        <a href="/status">Connection status</a>
      </>
    ) : null}
    <a href={frame.shipstationUrl}>Back to ShipStation</a>
    {frame.signedIn ? (
      <form method="post" action="/logout" style="display:inline">
        <button type="submit" class="link">
          Sign out
        </button>
      </form>
    ) : null}
  </>
)
