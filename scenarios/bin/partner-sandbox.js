#!/usr/bin/env node
// The installed command runs the built CLI with plain Node: no tsx, no JSX settings needed. It is
// one bundled program (dist/bin/): the workspace packages and pure-JS dependencies inside.
import module from 'node:module'

// Node 22.1+ keeps V8's compiled code of the bundle between runs (start-up time); Node 20 has no
// such function, and a cache that cannot be written is skipped by Node itself.
module.enableCompileCache?.()
await import('../dist/bin/partner-sandbox.js')
