import type { FC } from 'hono/jsx'
import type { CopFrame } from '../lib/page-frame'
import { CopPage } from './cop-page'

/** After Sign out: Stamps.com has no login form, so the way back in is ShipStation. */
export const SignedOutPage: FC<{ frame: CopFrame }> = ({ frame }) => (
  <CopPage title="Signed out" frame={frame}>
    <div class="card">
      <h1>You are signed out of Stamps.com</h1>
      <p>
        To come back, click See Instructions in ShipStation: it signs you in to Stamps.com again.
      </p>
      <p>
        <a href={frame.shipstationUrl}>Return to ShipStation</a>
      </p>
    </div>
  </CopPage>
)
