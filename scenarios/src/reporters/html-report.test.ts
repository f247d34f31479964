import { describe, expect, it } from 'vitest'
import { carriedIn } from '../runner/hops'
import { renderHtmlReport } from './html-report'

// A JWT with {"alg":"none"} and {"iss":"http://shipstation.test","sub":"SS1"}, unsigned.
const JWT = 'eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwOi8vc2hpcHN0YXRpb24udGVzdCIsInN1YiI6IlNTMSJ9.'

describe('renderHtmlReport', () => {
  it('draws any hops it is given, e.g. from a service journal, with the claims they carry', async () => {
    const location = `http://stamps.test/sso?token=${JWT}&state=s1`
    const html = await renderHtmlReport([
      {
        name: 'From a journal',
        ok: true,
        hops: [
          {
            from: 'browser',
            to: 'shipstation',
            method: 'GET',
            url: 'http://ship.test/nsa/see-instructions',
            status: 302,
            location,
            carried: carriedIn(location),
            at: 0,
            ms: 3,
          },
          {
            from: 'stamps',
            to: 'usps',
            method: 'POST',
            url: 'http://usps.test/oauth2/v3/token',
            status: 200,
            at: 5,
            ms: 2,
          },
        ],
      },
    ])
    expect(html.match(/<g class="hop"/g)).toHaveLength(2)
    expect(html).toContain('data-from="stamps" data-to="usps"')
    expect(html).toContain('POST /oauth2/v3/token 200')
    expect(html).toContain('&quot;sub&quot;: &quot;SS1&quot;')
    expect(html).toContain('<code>state</code>')
    expect(html).toContain('No outbox messages read.')
  })
})
