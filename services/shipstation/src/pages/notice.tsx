import { Page } from '@partner-sandbox/shared'
import type { OnboardingPrompts } from '../domain/onboarding-prompts'
import { SignedOutNav } from './header-nav'
import { SignedInPage } from './signed-in-page'

export interface NoticePageProps {
  title: string
  message: string
  link: { href: string; text: string }
  /** Present when signed in: the page then carries the usual banners. */
  prompts?: OnboardingPrompts
}

/** A refusal or outcome explained in words, with the one link that helps next. */
export const NoticePage = ({ title, message, link, prompts }: NoticePageProps) => {
  const body = (
    <div class="card">
      <h1>{title}</h1>
      <p role="alert">{message}</p>
      <p>
        <a href={link.href}>{link.text}</a>
      </p>
    </div>
  )
  return prompts ? (
    <SignedInPage title={title} prompts={prompts} path="/dashboard">
      {body}
    </SignedInPage>
  ) : (
    <Page service="shipstation" title={title} nav={<SignedOutNav />}>
      {body}
    </Page>
  )
}
