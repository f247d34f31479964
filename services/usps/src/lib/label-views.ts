import type { Label, LabelAddress } from '../domain/label'
import { SAMPLE_WATERMARK, type SampleLabelAddress, sampleLabelPdf } from './sample-label-pdf'

/** `labelMetadata` as USPS's labels API answers it. */
export function labelMetadataOf(label: Label) {
  return {
    labelAddress: label.toAddress,
    routingInformation: `420${label.toAddress.ZIPCode}`,
    trackingNumber: label.trackingNumber,
    postage: label.postage,
    extraServices: [],
    zone: label.zone,
    commitment: label.commitment,
    weightUOM: 'lb',
    weight: label.weight,
    dimensionalWeight: label.dimensionalWeight,
    fees: [],
    bannerText: SAMPLE_WATERMARK,
    retailDistributionCode: '03',
    serviceTypeCode: '055',
    constructCode: 'C01',
    SKU: label.SKU,
    links: [
      {
        rel: ['cancel'],
        href: `/labels/v3/label/${label.trackingNumber}`,
        method: ['DELETE'],
      },
    ],
  }
}

function addressOf(a: LabelAddress): SampleLabelAddress {
  const name = [a.firstName, a.lastName].filter(Boolean).join(' ') || a.firm || ''
  return {
    name,
    lines: [
      ...(a.firm && name !== a.firm ? [a.firm] : []),
      a.streetAddress,
      ...(a.secondaryAddress ? [a.secondaryAddress] : []),
      `${a.city} ${a.state} ${a.ZIPCode}${a.ZIPPlus4 ? `-${a.ZIPPlus4}` : ''}`,
    ],
  }
}

/** The watermarked sample PDF of a label; made again from the record, never stored. */
export function labelPdfOf(label: Label): Uint8Array {
  return sampleLabelPdf({
    trackingNumber: label.trackingNumber,
    service: label.mailClass.replaceAll('_', ' '),
    postage: label.postage,
    zone: label.zone,
    mailingDate: label.mailingDate,
    from: addressOf(label.fromAddress),
    to: addressOf(label.toAddress),
  })
}
