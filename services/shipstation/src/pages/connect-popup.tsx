import { CONNECT_POPUP_TITLE } from '../domain/onboarding-prompts'

/** The seed's connection-prompt pop-up, shown over the dashboard. */
export const ConnectPopup = () => (
  <div class="modal-backdrop">
    <div class="modal" role="dialog" aria-modal="true" aria-labelledby="connect-usps-title">
      <h2 id="connect-usps-title">{CONNECT_POPUP_TITLE}</h2>
      <p>
        Link your USPS business account and Enterprise Payment Account through Stamps.com to print
        with your NSA rates. Have your promo code, CRID, MID and EPS number ready.
      </p>
      <a class="button" href="/nsa/see-instructions" target="_blank" rel="noopener">
        See Instructions
      </a>{' '}
      <form method="post" action="/nsa/popup/dismiss" style="display:inline">
        <button type="submit">Not now</button>
      </form>
    </div>
  </div>
)
