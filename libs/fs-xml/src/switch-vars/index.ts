export { setSwitchVars } from './set-switch-vars';
export { readSwitchVars } from './read-switch-vars';
export {
  describeProblems,
  ENV_SWITCH_VARS,
  IMAGE_DEFAULTS,
  switchVarsFromEnv,
  type EnvSwitchVar,
  type Environment,
  type SwitchVarsResult,
} from './container-switch-vars';
