/** Header links for signed-in pages, with the "Log out" button the contract puts there. */
export const SignedInNav = () => (
  <>
    <a href="/dashboard">Dashboard</a>
    <a href="/balance">Balance</a>
    <a href="/shipments/new">Shipments</a>
    <a href="/settings/api-keys">Settings</a>
    <form method="post" action="/logout" style="display:inline">
      <button type="submit" class="link">
        Log out
      </button>
    </form>
  </>
)

export const SignedOutNav = () => (
  <>
    <a href="/login">Sign In</a>
    <a href="/register">Create an account</a>
  </>
)
