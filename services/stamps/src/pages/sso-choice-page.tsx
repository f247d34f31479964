import type { FC } from 'hono/jsx'
import type { CopAccount, SsoProfile } from '../domain/cop-account'
import type { SsoChoice } from '../domain/sso-choice'
import type { CopFrame } from '../lib/page-frame'
import { CopPage } from './cop-page'

export interface SsoChoicePageProps {
  choice: SsoChoice
  current: CopAccount
  frame: CopFrame
}

const Who: FC<{ who: Pick<SsoProfile, 'name' | 'email' | 'company'> }> = ({ who }) => (
  <>
    <strong>{who.name || who.email}</strong> ({who.email}
    {who.company ? `, ${who.company}` : ''})
  </>
)

/**
 * The SSO landing when the browser is already signed in to another account: both accounts, and a
 * form per choice carrying the choice's secret id (only this browser's session can answer it).
 */
export const SsoChoicePage: FC<SsoChoicePageProps> = ({ choice, current, frame }) => (
  <CopPage title="Choose the account to continue with" frame={frame}>
    <div class="card">
      <h1>Choose the account to continue with</h1>
      <p role="alert">
        This browser is signed in to Stamps.com as <Who who={current} />, and the link you opened
        signs in <Who who={choice.offered} />. Stamps.com did not switch accounts: choose the one
        whose USPS business account you are linking. If you did not open a link from your own
        ShipStation account, continue as yourself.
      </p>
      <form method="post" action="/sso/choice">
        <input type="hidden" name="choice" value={choice.id} />
        <input type="hidden" name="account" value="current" />
        <button type="submit">Continue as {current.email}</button>
      </form>
      <form method="post" action="/sso/choice">
        <input type="hidden" name="choice" value={choice.id} />
        <input type="hidden" name="account" value="offered" />
        <button type="submit">Switch to {choice.offered.email}</button>
      </form>
    </div>
  </CopPage>
)
