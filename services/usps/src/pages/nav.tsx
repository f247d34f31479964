/** Header links of a signed-in user. */
export const SignedInNav = () => (
  <>
    <a href="/portal">Business Portal</a>
    <a href="/portal/account">My Account</a>
    <form method="post" action="/logout" style="display:inline">
      <button type="submit" class="link">
        Sign Out
      </button>
    </form>
  </>
)
