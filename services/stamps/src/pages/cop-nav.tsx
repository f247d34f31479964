import type { FC } from 'hono/jsx'

/** Header links for a signed-in COP user (there is no sign-out: ShipStation owns the login). */
export const CopNav: FC = () => (
  <>
    <a href="/guidelines">Guidelines</a>
    <a href="/status">Connection status</a>
  </>
)
