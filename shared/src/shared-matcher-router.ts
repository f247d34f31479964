import { MESSAGE_MATCHER_IS_ALREADY_BUILT, type Result, type Router } from 'hono/router'
import { RegExpRouter } from 'hono/router/reg-exp-router'
import { SmartRouter } from 'hono/router/smart-router'
import { TrieRouter } from 'hono/router/trie-router'

/** A matcher built once per route shape, its handlers the indexes of the routes. */
interface SharedMatcher {
  router: SmartRouter<number>
  /** True when the RegExpRouter won: its answers are arrays it keeps, so they are mapped once. */
  stable?: boolean
}

// Few shapes exist (three services, and variants tests build); a bound keeps a process that builds
// odd apps in a loop from growing without end. First in, first out.
const MAX_SHAPES = 32
const matchers = new Map<string, SharedMatcher>()

/**
 * Hono's default router (SmartRouter over RegExpRouter, then TrieRouter), with the matcher shared
 * between every app whose routes have the same methods and paths in the same order. Each sandbox
 * builds fresh apps with fresh handlers over the same routes; compiling their RegExp (and, for
 * ShipStation, failing at it: `/shipments/new` beside `/shipments/:id` is a path RegExpRouter
 * cannot hold, so SmartRouter falls back to the trie) cost every sandbox a few milliseconds at its
 * first request. Here the matcher answers with route indexes and each app maps them to its own
 * handlers, so what a request matches is exactly what SmartRouter would answer for that app.
 *
 * @example
 * const app = new Hono({ router: new SharedMatcherRouter() })
 */
export class SharedMatcherRouter<T> implements Router<T> {
  name = 'SharedMatcherRouter'
  #routes: [string, string][] | undefined = []
  /** The routes' methods and paths, one a line: the key of the shared matcher. */
  #shape = ''
  readonly #handlers: T[] = []
  // The app's handlers for each answer the shared RegExpRouter keeps, mapped on first use.
  readonly #mapped = new WeakMap<object, [T, unknown][]>()
  #matcher: SharedMatcher | undefined

  add(method: string, path: string, handler: T): void {
    if (!this.#routes) throw new Error(MESSAGE_MATCHER_IS_ALREADY_BUILT)
    this.#routes.push([method, path])
    this.#shape += `${method} ${path}\n`
    this.#handlers.push(handler)
  }

  match(method: string, path: string): Result<T> {
    this.#matcher ??= this.#shared()
    const matcher = this.#matcher
    const [found, stash] = matcher.router.match(method, path) as [[number, unknown][], unknown?]
    matcher.stable ??= matcher.router.activeRouter instanceof RegExpRouter
    let mine = matcher.stable ? this.#mapped.get(found) : undefined
    if (!mine) {
      mine = found.map(([index, params]): [T, unknown] => [this.#handlers[index] as T, params])
      if (matcher.stable) this.#mapped.set(found, mine)
    }
    return (stash === undefined ? [mine] : [mine, stash]) as Result<T>
  }

  #shared(): SharedMatcher {
    const routes = this.#routes ?? []
    this.#routes = undefined
    const shape = this.#shape
    let matcher = matchers.get(shape)
    if (!matcher) {
      const router = new SmartRouter<number>({
        routers: [new RegExpRouter<number>(), new TrieRouter<number>()],
      })
      routes.forEach(([method, path], index) => {
        router.add(method, path, index)
      })
      matcher = { router }
      if (matchers.size >= MAX_SHAPES) matchers.delete(matchers.keys().next().value as string)
      matchers.set(shape, matcher)
    }
    return matcher
  }
}
