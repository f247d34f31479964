import { Page } from '@partner-sandbox/shared'
import type { Child } from 'hono/jsx'
import type { OnboardingPrompts } from '../domain/onboarding-prompts'
import type { Confirmation } from '../lib/session'
import { ConfirmationBanner } from './confirmation-banner'
import { SignedInNav } from './header-nav'
import { NsaBanners } from './nsa-banners'

export interface SignedInPageProps {
  title: string
  prompts: OnboardingPrompts
  /** The page's own path, where "Dismiss" returns to. */
  path: string
  modal?: Child
  /** The step just completed, confirmed above the banners. */
  confirmation?: Confirmation
  children?: Child
}

/** The one shell of every signed-in page, so the NSA banners show on all of them. */
export const SignedInPage = ({
  title,
  prompts,
  path,
  modal,
  confirmation,
  children,
}: SignedInPageProps) => (
  <Page
    service="shipstation"
    title={title}
    nav={<SignedInNav />}
    banners={
      <>
        <ConfirmationBanner confirmation={confirmation} />
        <NsaBanners banners={prompts.banners} returnTo={path} />
      </>
    }
    modal={modal}
  >
    {children}
  </Page>
)
