import { HeaderLinks } from '@partner-sandbox/shared'

/** Header links for signed-in pages, with the "Log out" button the contract puts there. */
export const SignedInNav = () => (
  <HeaderLinks
    links={[
      ['/dashboard', 'Dashboard'],
      ['/balance', 'Balance'],
      ['/shipments/new', 'Shipments'],
      ['/settings/api-keys', 'Settings'],
    ]}
    signOut={{ action: '/logout', label: 'Log out' }}
  />
)

export const SignedOutNav = () => (
  <>
    <a href="/login">Sign In</a>
    <a href="/register">Create an account</a>
  </>
)
