import { HeaderLinks } from '@partner-sandbox/shared'

/** Header links of a signed-in user. */
export const SignedInNav = () => (
  <HeaderLinks
    links={[
      ['/portal', 'Business Portal'],
      ['/portal/account', 'My Account'],
    ]}
    signOut={{ action: '/logout', label: 'Sign Out' }}
  />
)
