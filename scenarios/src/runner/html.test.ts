import { describe, expect, it } from 'vitest'
import { attributesOf, collapse, decodeEntities, visibleText } from './html'

/** visibleText as it was written first, pass by pass: the single-pass one must read the same. */
function visibleTextByPasses(html: string): string {
  return collapse(
    decodeEntities(
      html
        .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<[^>]+>/g, ' '),
    ),
  )
}

/** A seeded generator, so a failing input is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

describe('visibleText', () => {
  it('drops tags, styles, scripts and comments, decodes entities and collapses whitespace', () => {
    const page =
      '<html><head><style>p{color:red}</style></head><body>\n  <h1>Sign&nbsp;In</h1>' +
      '<!-- a note --><script>var x = "<p>"</script><p>Tom &amp; Jerry&#39;s\t<b>page</b></p>' +
      '&#10;&#x20;</body></html>'
    expect(visibleText(page)).toBe("Sign In Tom & Jerry's page")
  })

  it('reads every input as the pass-by-pass reading did', () => {
    const random = seeded(11)
    const parts = [
      '<',
      '>',
      ' ',
      '\n',
      '\t',
      '&',
      'amp;',
      '#32;',
      '#10;',
      'nbsp;',
      '<!--',
      '-->',
      '<script>',
      '</script>',
      '<STYLE a="1">',
      '</style>',
      'a',
      'b',
      '\u00a0',
      '<p class="x">',
      '</p>',
    ]
    const inputs = ['', '   ', 'x<!-- y', '&amp<b>;</b>', '  <p> &lt;b&gt; </p>  ']
    for (let i = 0; i < 3_000; i++) {
      let input = ''
      for (let j = 0; j < 24; j++) input += parts[Math.floor(random() * parts.length)]
      inputs.push(input)
    }
    const differing = inputs.filter((input) => visibleText(input) !== visibleTextByPasses(input))
    expect(differing).toEqual([])
  })
})

describe('attributesOf', () => {
  it('reads quoted, unquoted and bare attributes of opening and self-closing tags', () => {
    expect(attributesOf('<input type="checkbox" name=agree checked/>')).toEqual({
      type: 'checkbox',
      name: 'agree',
      checked: '',
    })
    expect(attributesOf("<a HREF='/x?a=1&amp;b=2' target=_blank>")).toEqual({
      href: '/x?a=1&b=2',
      target: '_blank',
    })
    expect(attributesOf('<br>')).toEqual({})
  })
})
