export { installPartnerSandbox, type TestHooks } from './install-partner-sandbox'
export {
  type ControlInit,
  createPartnerSandbox,
  type OutboxQuery,
  type PartnerSandbox,
  type PartnerSandboxOptions,
} from './partner-sandbox'
export { REAL_HOST_ALIASES, REAL_HOSTS } from './real-hosts'
export {
  type SandboxFixtures,
  type ShipStationAccountFixture,
  type ShipStationAccountState,
  sandboxFixtures,
  type UspsAccountFixture,
  type UspsAccountOptions,
  type UspsAccountState,
} from './sandbox-fixtures'
export {
  type AuthorizeRequest,
  type ConsentingAccount,
  type SandboxOAuth,
  sandboxOAuth,
} from './sandbox-oauth'
