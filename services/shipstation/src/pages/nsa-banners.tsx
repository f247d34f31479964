import type { PromptBanner } from '../domain/onboarding-prompts'

/**
 * The NSA banners derived for the account. "See Instructions" opens Stamps.com in a new tab, as
 * the seed describes; "Dismiss" comes back to the page it was pressed on.
 */
export const NsaBanners = ({
  banners,
  returnTo,
}: {
  banners: PromptBanner[]
  returnTo: string
}) => (
  <>
    {banners.map((banner) =>
      banner.action === 'see-instructions' || banner.action === 'start-again' ? (
        <section class="banner info" aria-label="USPS connection" data-banner={banner.id}>
          <strong>{banner.text}</strong>
          <a href="/nsa/see-instructions" target="_blank" rel="noopener">
            {banner.action === 'start-again' ? 'Start again' : 'See Instructions'}
          </a>
        </section>
      ) : (
        <section class="banner info" role="status" data-banner={banner.id}>
          <strong>{banner.text}</strong>
          <form method="post" action="/nsa/approval-banner/dismiss">
            <input type="hidden" name="returnTo" value={returnTo} />
            <button type="submit">Dismiss</button>
          </form>
        </section>
      ),
    )}
  </>
)
