import type { Confirmation } from '../lib/session'

/** What each completed step says on the page that follows it. */
export const CONFIRMATION_TEXT: Record<Confirmation, string> = {
  'email-verified': 'Your email is verified. We texted a code to your phone.',
  'phone-verified': 'Your phone is verified. Add a payment method to your ShipStation Balance.',
  'card-added': 'Your card was added to your ShipStation Balance.',
  'funds-added': 'Funds were added to your ShipStation Balance.',
  'auto-funding-saved': 'Your auto-fund settings were saved.',
}

export const ConfirmationBanner = ({ confirmation }: { confirmation?: Confirmation }) =>
  confirmation ? (
    <div class="banner success" role="status" data-confirmation={confirmation}>
      {CONFIRMATION_TEXT[confirmation]}
    </div>
  ) : null
