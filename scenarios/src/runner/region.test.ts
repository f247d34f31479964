import { describe, expect, it } from 'vitest'
import { visibleText } from './html'
import { regionOf } from './region'

// The markup of ShipStation's dashboard: the banner's words contain the pop-up's title.
const DASHBOARD = `<html><body>
<section class="banner info" aria-label="USPS connection" data-banner="connect-usps-account">
  <strong>Connect your USPS business account to Stamps.com to access NSA rates</strong>
  <a href="/nsa/see-instructions" target="_blank">See Instructions</a>
</section>
<section class="banner info" role="status" data-banner="approval-pending">
  <strong>Please wait for approval from USPS to begin printing with NSA rates.</strong>
</section>
<div class="modal" role="dialog" aria-modal="true" aria-labelledby="connect-usps-title">
  <h2 id="connect-usps-title">Connect your USPS business account</h2>
  <p>Have your promo code ready.</p>
  <form><button type="submit">Not now</button></form>
</div>
<table><tr><th>CRID</th><td>12345678</td></tr><tr><th>MID</th><td>900000001</td></tr></table>
</body></html>`

const text = (region: Parameters<typeof regionOf>[1]) => visibleText(regionOf(DASHBOARD, region))

describe('regionOf', () => {
  it('finds the pop-up by its title, not the banner that repeats it', () => {
    expect(text({ dialog: 'Connect your USPS business account' })).toBe(
      'Connect your USPS business account Have your promo code ready. Not now',
    )
  })

  it('finds a banner by its id or its words', () => {
    expect(text({ banner: 'connect-usps-account' })).toContain('to Stamps.com to access NSA rates')
    expect(text({ banner: 'connect-usps-account' })).not.toContain('Not now')
    expect(text({ banner: 'Please wait for approval' })).toBe(
      'Please wait for approval from USPS to begin printing with NSA rates.',
    )
  })

  it('finds a table row by its words and any element by a CSS selector', () => {
    expect(text({ row: 'MID' })).toBe('MID 900000001')
    expect(text({ selector: '[data-banner="approval-pending"] strong' })).toBe(
      'Please wait for approval from USPS to begin printing with NSA rates.',
    )
  })

  it('says what the page has when the region is not there', () => {
    expect(() => regionOf(DASHBOARD, { dialog: 'Approve' })).toThrow(
      'no dialog "Approve" on this page (dialogs: "Connect your USPS business account")',
    )
    expect(() => regionOf('<p>none</p>', { banner: 'x' })).toThrow(
      'no banner "x" on this page (banners: none)',
    )
    expect(() => regionOf(DASHBOARD, { selector: '#nope' })).toThrow('nothing on this page matches')
  })
})
