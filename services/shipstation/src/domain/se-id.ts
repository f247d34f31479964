import { type RandomSource, randomDigits } from '@partner-sandbox/shared'

/** A ShipStation API v2 id (`se-` and digits, as the document's `se_id` pattern requires). */
export function newSeId(random: RandomSource): string {
  return `se-${randomDigits(random, 9)}`
}
