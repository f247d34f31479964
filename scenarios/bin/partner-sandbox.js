#!/usr/bin/env node
// The installed command runs the built CLI with plain Node: no tsx, no JSX settings needed.
await import('../dist/cli.js')
