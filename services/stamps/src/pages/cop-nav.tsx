import { HeaderLinks } from '@partner-sandbox/shared'
import type { FC } from 'hono/jsx'
import type { CopFrame } from '../lib/page-frame'

/**
 * Header of every COP page: who is signed in (the ShipStation account SSO brought) with a
 * sign-out, the COP pages, and the way back to ShipStation, which owns the login.
 */
export const CopNav: FC<{ frame: CopFrame }> = ({ frame }) =>
  frame.signedIn ? (
    <>
      <span class="signed-in">
        Signed in as {frame.signedIn.name || frame.signedIn.email} ({frame.signedIn.email})
      </span>
      <HeaderLinks
        links={[
          ['/guidelines', 'Guidelines'],
          ['/status', 'Connection status'],
          [frame.shipstationUrl, 'Back to ShipStation'],
        ]}
        signOut={{ action: '/logout', label: 'Sign out' }}
      />
    </>
  ) : (
    <HeaderLinks links={[[frame.shipstationUrl, 'Back to ShipStation']]} />
  )
