import { packageBuild } from '../../tsup.preset'

export default packageBuild({ index: 'src/index.ts', main: 'src/main.ts' })
