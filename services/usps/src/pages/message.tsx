import { Page } from '@partner-sandbox/shared'

export interface MessagePageProps {
  title: string
  message: string
  link?: { href: string; text: string }
}

/** A dead end explained: expired links, refused OAuth requests, finished sign-ins. */
export const MessagePage = (props: MessagePageProps) => (
  <Page service="usps" title={props.title}>
    <div class="card">
      <h1>{props.title}</h1>
      <p role="alert">{props.message}</p>
      {props.link ? (
        <p>
          <a href={props.link.href}>{props.link.text}</a>
        </p>
      ) : null}
    </div>
  </Page>
)
