#!/usr/bin/env node
// The installed command runs the built CLI with plain Node: no tsx, no JSX settings needed. It is
// one bundled program (dist/bin/): the workspace packages and pure-JS dependencies inside.
await import('../dist/bin/partner-sandbox.js')
