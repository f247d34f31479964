import { type ErrorFormat, problemResponse } from '@partner-sandbox/shared'
import { MessagePage } from '../pages/message'

/**
 * The authorization endpoint's refusals before the redirect_uri is verified: a USPS error page,
 * never a redirect (RFC 6749 4.1.2.1). Unexpected failures stay problem+json.
 *
 * @example
 * app.use('/oauth2/v3/authorize', errorFormat(authorizeErrorFormat))
 */
export const authorizeErrorFormat: ErrorFormat = (error, c) =>
  error.status >= 500
    ? problemResponse(error, c.req.path)
    : c.html(
        <MessagePage title="Invalid authorization request" message={error.message} />,
        error.status,
      )
