/**
 * Which CloudBase environment the deployment's commands act on, and with what keys: `npm run
 * deploy` and `npm run setup` read them the same way, from the same variables.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { root } from './functions';

export type CloudBaseManager = InstanceType<typeof import('@cloudbase/manager-node')>;

/** The CLI renders `{{env.X}}` from process.env over .env.local over .env (cwd); ENV_ID is read the same way here. */
function envFileValue(name: string): string | undefined {
  for (const file of ['.env.local', '.env']) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const value = parseEnv(readFileSync(path, 'utf8'))[name];
    if (value) return value;
  }
  return undefined;
}

export function envIdFromEnvironment(): string | undefined {
  return process.env.ENV_ID?.trim() || envFileValue('ENV_ID')?.trim() || undefined;
}

export interface Credentials {
  envId: string;
  secretId: string;
  secretKey: string;
  token?: string;
}

/** The environment and the API keys (keys only from environment variables), or each one missing, named for the operator. */
export function readCredentials(): { credentials: Credentials } | { missing: string[] } {
  const envId = envIdFromEnvironment();
  const secretId = process.env.TENCENTCLOUD_SECRETID?.trim();
  const secretKey = process.env.TENCENTCLOUD_SECRETKEY?.trim();
  const token = process.env.TENCENTCLOUD_SESSIONTOKEN?.trim() || undefined;
  if (!envId || !secretId || !secretKey) {
    return {
      missing: [
        ...(envId ? [] : ['ENV_ID（云开发环境 ID / CloudBase environment id）']),
        ...(secretId ? [] : ['TENCENTCLOUD_SECRETID（腾讯云 API 密钥 SecretId / Tencent Cloud API SecretId）']),
        ...(secretKey ? [] : ['TENCENTCLOUD_SECRETKEY（腾讯云 API 密钥 SecretKey / Tencent Cloud API SecretKey）']),
      ],
    };
  }
  return { credentials: { envId, secretId, secretKey, ...(token ? { token } : {}) } };
}

export async function connect(credentials: Credentials): Promise<CloudBaseManager> {
  const { default: CloudBase } = await import('@cloudbase/manager-node');
  return new CloudBase({
    envId: credentials.envId,
    secretId: credentials.secretId,
    secretKey: credentials.secretKey,
    ...(credentials.token ? { token: credentials.token } : {}),
  });
}
