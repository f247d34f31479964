import { describe, expect, it } from 'vitest'
import { SAMPLE_WATERMARK, sampleLabelPdf } from './sample-label-pdf'

const LABEL = {
  trackingNumber: '9205500000000000000017',
  service: 'PRIORITY MAIL',
  postage: 12.41,
  zone: '07',
  mailingDate: '2026-05-02',
  from: { name: 'Ann (Ships) \\ LLC', lines: ['100 Congress Ave', 'Austin TX 78701'] },
  to: { name: 'Bö Receiver', lines: ['350 5th Ave', 'New York NY 10001'] },
}

describe('sampleLabelPdf', () => {
  it('writes a PDF whose cross-reference table points at each object', () => {
    const pdf = Buffer.from(sampleLabelPdf(LABEL)).toString('latin1')
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true)
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1])
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref')
    const offsets = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
      Number(m[1]),
    )
    expect(offsets).toHaveLength(7)
    offsets.forEach((offset, i) => {
      expect(pdf.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`)
    })
    const length = Number(/<< \/Length (\d+) >>\nstream\n/.exec(pdf)?.[1])
    const start = pdf.indexOf('stream\n') + 'stream\n'.length
    expect(pdf.slice(start + length, start + length + 10)).toBe('\nendstream')
  })

  it('carries the watermark, the tracking number and escaped, ASCII-only text', () => {
    const pdf = Buffer.from(sampleLabelPdf(LABEL)).toString('latin1')
    expect(pdf).toContain(`(${SAMPLE_WATERMARK}) Tj`)
    expect(pdf).toContain('(9205 5000 0000 0000 0000 17) Tj')
    expect(pdf).toContain('(Ann \\(Ships\\) \\\\ LLC) Tj')
    expect(pdf).toContain('(B? Receiver) Tj')
    expect(pdf).toMatch(/re f\n/)
  })
})
