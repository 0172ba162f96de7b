export { parseChallenges, parseCredentialsHeader, type AuthChallenge, type AuthParams } from './auth-params';
export { buildChallenges, deriveOpaque, quote, type ChallengeInput } from './challenge';
export { constantTimeEqual } from './constant-time';
export { parseDigestCredentials, type DigestCredentials } from './digest-credentials';
export {
  computeDigestResponse,
  digestHash,
  parseDigestAlgorithm,
  DIGEST_ALGORITHMS,
  type DigestAlgorithm,
  type DigestResponseInput,
} from './digest-hash';
export { checkNonce, issueNonce, type NonceCheck } from './nonce';
export {
  NonceCountTracker,
  type NonceCountVerdict,
  type NonceCountTrackerOptions,
} from './nonce-count-tracker';
export {
  verifyDigestResponse,
  type DigestRejection,
  type DigestVerdict,
  type DigestVerificationInput,
} from './verify-digest';
