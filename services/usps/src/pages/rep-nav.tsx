/** Header links of the representative's desk. */
export const RepNav = () => (
  <>
    <a href="/rep">Link requests</a>
    <a href="/rep/promo-codes">Promo codes</a>
  </>
)
