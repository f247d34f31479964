// A 4x6 in sample label as a one-page PDF 1.4, written by hand (Helvetica, lines and bars only),
// so the sandbox needs no PDF library. Every label says SAMPLE - NOT FOR MAILING, as USPS's test
// environment watermarks its labels.

export const SAMPLE_WATERMARK = 'SAMPLE - NOT FOR MAILING'

export interface SampleLabelAddress {
  name: string
  lines: string[]
}

export interface SampleLabel {
  trackingNumber: string
  /** e.g. "PRIORITY MAIL". */
  service: string
  postage: number
  zone: string
  mailingDate: string
  from: SampleLabelAddress
  to: SampleLabelAddress
}

const WIDTH = 288
const HEIGHT = 432

/** PDF text strings are ASCII here: anything else becomes `?`; `\`, `(` and `)` are escaped. */
function pdfText(text: string): string {
  return text
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/[\\()]/g, (ch) => `\\${ch}`)
    .slice(0, 60)
}

function text(font: 'F1' | 'F2', size: number, x: number, y: number, value: string): string {
  return `BT /${font} ${size} Tf ${x} ${y} Td (${pdfText(value)}) Tj ET`
}

/** Bars drawn from the digits (two bars a digit): barcode-like, not a scannable IMpb. */
function bars(digits: string, x0: number, y: number, height: number): string {
  const out: string[] = []
  let x = x0
  for (const ch of digits) {
    const d = Number(ch)
    for (const width of [1 + (d % 2), 1 + Math.floor(d / 5)]) {
      out.push(`${x.toFixed(1)} ${y} ${width} ${height} re f`)
      x += width + 1.5
    }
  }
  return out.join('\n')
}

function contentOf(label: SampleLabel): string {
  const lines = [
    '0 g 1.5 w 8 8 272 416 re S',
    text('F2', 20, 16, 396, label.service),
    text('F1', 10, 16, 380, `Postage $${label.postage.toFixed(2)}  Zone ${label.zone}`),
    text('F1', 10, 16, 368, `Mailing date ${label.mailingDate}`),
    '8 356 m 280 356 l S',
    text('F2', 8, 16, 342, 'FROM'),
    text('F1', 9, 16, 330, label.from.name),
    ...label.from.lines.map((l, i) => text('F1', 9, 16, 319 - i * 11, l)),
    text('F2', 9, 60, 272, 'SHIP TO'),
    text('F2', 12, 60, 256, label.to.name),
    ...label.to.lines.map((l, i) => text('F1', 12, 60, 241 - i * 14, l)),
    '8 180 m 280 180 l S',
    text('F2', 9, 90, 164, 'USPS TRACKING # (SAMPLE)'),
    bars(label.trackingNumber, 30, 96, 60),
    text('F1', 10, 40, 80, label.trackingNumber.replace(/(\d{4})(?=\d)/g, '$1 ')),
    // The watermark, diagonal and grey, over everything.
    `q 0.6 g BT /F2 22 Tf 0.7071 0.7071 -0.7071 0.7071 70 60 Tm (${SAMPLE_WATERMARK}) Tj ET Q`,
    text('F2', 12, 50, 24, SAMPLE_WATERMARK),
  ]
  return lines.join('\n')
}

/**
 * The label as PDF bytes: catalog, pages, one 4x6 page, its content stream and two standard
 * fonts, with a correct cross-reference table.
 *
 * @example
 * const pdf = sampleLabelPdf({ trackingNumber, service: 'PRIORITY MAIL', ... })
 */
export function sampleLabelPdf(label: SampleLabel): Uint8Array {
  const content = contentOf(label)
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Title (${pdfText(`${SAMPLE_WATERMARK} ${label.trackingNumber}`)}) /Producer (Partner Sandbox) >>`,
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(pdf.length)
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(pdf)
}
