import { Page } from '@partner-sandbox/shared'
import { SignedInNav } from './nav'

/** "Successful Integration": the large "Go to <client>" link carries the code back. */
export const IntegrationSuccessPage = (props: { clientName: string; href: string }) => (
  <Page service="usps" title="Successful Integration" nav={<SignedInNav />}>
    <div class="card">
      <h1>Successful Integration</h1>
      <p>You gave {props.clientName} access to your USPS business account.</p>
      <a class="button" href={props.href} style="font-size:22px;padding:16px 32px">
        {`Go to ${props.clientName}`}
      </a>
    </div>
  </Page>
)
