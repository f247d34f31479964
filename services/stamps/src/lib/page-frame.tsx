import {
  onFormError,
  type SandboxContext,
  type SandboxError,
  urlOf,
  withTenant,
} from '@partner-sandbox/shared'
import type { CopAccount } from '../domain/cop-account'
import { ErrorPage } from '../pages/error-page'
import type { StampsRuntime } from '../runtime'
import { signedInCopAccount } from './session'

/** What the header of every COP page shows: who is signed in, and the way back to ShipStation. */
export interface CopFrame {
  signedIn?: Pick<CopAccount, 'name' | 'email' | 'company'>
  /** ShipStation's dashboard, with the sandbox tenant when it is not the default one. */
  shipstationUrl: string
}

/**
 * The header facts of a page for this request. `account` when the route already read it; else the
 * session is read (and may be absent, e.g. on an error page after a bad sign-in link).
 *
 * @example
 * c.html(<GuidelinesPage frame={await pageFrame(c, runtime, account)} ... />)
 */
export async function pageFrame(
  c: SandboxContext,
  runtime: Pick<StampsRuntime, 'peers'>,
  account?: CopAccount,
): Promise<CopFrame> {
  const signedIn = account ?? (await signedInCopAccount(c).catch(() => undefined))
  return {
    signedIn: signedIn && { name: signedIn.name, email: signedIn.email, company: signedIn.company },
    shipstationUrl: withTenant(
      urlOf(runtime.peers.shipstation.baseUrl, '/dashboard'),
      c.var.tenant,
    ),
  }
}

/**
 * For routes whose failures are told on a page of their own (with the header and the way back to
 * ShipStation), not beside a form's fields.
 *
 * @example
 * showErrorsAsPages(c, runtime)
 */
export function showErrorsAsPages(c: SandboxContext, runtime: Pick<StampsRuntime, 'peers'>): void {
  onFormError(c, async (error: SandboxError) => (
    <ErrorPage error={error} frame={await pageFrame(c, runtime)} />
  ))
}
