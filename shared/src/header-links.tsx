import type { FC } from 'hono/jsx'

export interface HeaderLinksProps {
  /** `[href, text]` pairs, in the order the header shows them. */
  links: readonly (readonly [string, string])[]
  /** The sign-out button: a POST form, so a link prefetch can never sign anyone out. */
  signOut?: { action: string; label: string }
}

/**
 * A service's header navigation: links, then an optional sign-out button styled as a link.
 *
 * @example
 * <HeaderLinks links={[['/dashboard', 'Dashboard']]} signOut={{ action: '/logout', label: 'Log out' }} />
 */
export const HeaderLinks: FC<HeaderLinksProps> = ({ links, signOut }) => (
  <>
    {links.map(([href, text]) => (
      <a href={href}>{text}</a>
    ))}
    {signOut && (
      <form method="post" action={signOut.action} style="display:inline">
        <button type="submit" class="link">
          {signOut.label}
        </button>
      </form>
    )}
  </>
)
