import { commandBuild, packageBuild } from '../tsup.preset'

export default [
  packageBuild({ index: 'src/index.ts' }, { clean: ['!bin/**'] }),
  commandBuild({ 'partner-sandbox': 'src/cli.ts' }),
]
