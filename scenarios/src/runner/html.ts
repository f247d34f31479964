// Just enough HTML reading for a scripted browser: the sandbox's own server-rendered pages, not the
// open web. Tags are matched with regular expressions because hono/jsx writes predictable markup.

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

/** `&amp;` -> `&`, `&#39;` -> `'`. */
export function decodeEntities(text: string): string {
  // Most text has no entity at all: skip the scan that would find none.
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(ref.slice(2), 16))
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)))
    return ENTITIES[ref.toLowerCase()] ?? whole
  })
}

const TAG_NAME = /^<\s*[\w-]+/

/** Attributes of an opening tag, names lower-cased, values decoded; bare attributes are ''. */
export function attributesOf(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  // The text between the tag name and `>` or `/>`, cut by index rather than by two replaces.
  const start = TAG_NAME.exec(tag)?.[0].length ?? 0
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.endsWith('>') ? tag.length - 1 : tag.length
  const body = tag.slice(start, Math.max(start, end))
  for (const m of body.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  }
  return attrs
}

/** What a person reads: tags, styles and scripts dropped, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  const withoutCode = html.replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ')
  // hono/jsx writes no comments: skip the pass that would find none.
  const withoutComments = withoutCode.includes('<!--')
    ? withoutCode.replace(/<!--[\s\S]*?-->/g, ' ')
    : withoutCode
  // Each run of tags and whitespace becomes one space in a single pass, which is what replacing
  // tags by spaces and then collapsing whitespace gave; only decoded entities can add more.
  const spaced = withoutComments.replace(/(?:<[^>]+>|\s)+/g, ' ')
  return spaced.includes('&') ? collapse(decodeEntities(spaced)) : spaced.trim()
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** True when the body looks like a page rather than JSON or plain text. */
export function isHtml(contentType: string, body: string): boolean {
  return contentType.includes('html') || /^\s*<(!doctype|html)/i.test(body)
}

export interface Link {
  text: string
  href: string
  /** `_blank` opens a new tab. */
  target?: string
}

/** Every `<a href>` with its visible text. */
export function linksOf(html: string): Link[] {
  return [...html.matchAll(/(<a\b[^>]*>)([\s\S]*?)<\/a>/gi)].flatMap((m) => {
    const { href, target } = attributesOf(m[1]!)
    if (href === undefined) return []
    return [{ text: visibleText(m[2]!), href, ...(target ? { target } : {}) }]
  })
}

/** The first h1's text, to say which page a step landed on. */
export function headingOf(html: string): string | undefined {
  const m = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)
  return m ? visibleText(m[1]!) : undefined
}
