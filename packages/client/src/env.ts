/**
 * Credentials from the environment, under the names Huawei's own SDKs read. Only consulted when
 * the caller passes no `auth`; nothing read here is ever put in a message. Where there is no
 * `process` (browsers, workers), there is no environment and nothing is read.
 */
import type { WorkspaceAuth } from './authorize.js';
import { WorkspaceConfigError } from './errors.js';

export const ENV_NAMES = {
  accessKey: 'HUAWEICLOUD_SDK_AK',
  secretKey: 'HUAWEICLOUD_SDK_SK',
  securityToken: 'HUAWEICLOUD_SDK_SECURITY_TOKEN',
  projectId: 'HUAWEICLOUD_SDK_PROJECT_ID',
} as const;

export type Environment = Readonly<Record<string, string | undefined>>;

/** `process.env` where there is one; an empty environment elsewhere. */
export function processEnvironment(): Environment {
  try {
    const env = (globalThis as { process?: { env?: unknown } }).process?.env;
    return typeof env === 'object' && env !== null ? (env as Environment) : {};
  } catch {
    return {};
  }
}

export interface EnvironmentCredentials {
  readonly auth: WorkspaceAuth;
  /** HUAWEICLOUD_SDK_PROJECT_ID, when set. */
  readonly projectId?: string;
}

/**
 * AK/SK (and the session token and project ID when set) from `env`, or undefined when neither
 * key is set. One key without the other is a mistake worth saying (by name, never by value).
 */
export function credentialsFromEnvironment(env: Environment = processEnvironment()): EnvironmentCredentials | undefined {
  const value = (name: string) => {
    const v = env[name];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const accessKey = value(ENV_NAMES.accessKey);
  const secretKey = value(ENV_NAMES.secretKey);
  if (!accessKey && !secretKey) return undefined;
  if (!accessKey || !secretKey) {
    const [set, missing] = accessKey ? [ENV_NAMES.accessKey, ENV_NAMES.secretKey] : [ENV_NAMES.secretKey, ENV_NAMES.accessKey];
    throw new WorkspaceConfigError(
      `Failed to create the Workspace client: ${set} is set but ${missing} is not (values not shown). Did you export both keys?`,
    );
  }
  const securityToken = value(ENV_NAMES.securityToken);
  const projectId = value(ENV_NAMES.projectId);
  return { auth: { accessKey, secretKey, ...(securityToken ? { securityToken } : {}) }, ...(projectId ? { projectId } : {}) };
}

/** The error for a client that would talk to a region with no credentials at all. */
export function noCredentials(): WorkspaceConfigError {
  return new WorkspaceConfigError(
    `Failed to create the Workspace client: no credentials. Pass auth ({ accessKey, secretKey } or { token }), or set ${ENV_NAMES.accessKey} and ${ENV_NAMES.secretKey} ` +
      `(with ${ENV_NAMES.securityToken} for temporary keys; ${ENV_NAMES.projectId} to skip the IAM project lookup). Did you mean to pass auth?`,
  );
}
