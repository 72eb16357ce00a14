/**
 * Names of variables that usually hold credentials. The substrings follow hadolint's DL3064
 * documentation; the exact names are credentials whose names hold none of the substrings.
 */
export const SECRET_SUBSTRINGS = [
  'api_key',
  'client_key',
  'password',
  'private',
  'secret',
  'token',
  'username',
];

export const SECRET_NAMES = new Set([
  'AWS_ACCESS_KEY_ID',
  'APPLICATION_KEY',
  'APP_KEY',
  'AZURE_CLIENT_ID',
  'CI_DEPLOY_USER',
  'DOCKER_EMAIL',
  'HEROKU_API_USER',
  'OKTA_OAUTH2_CLIENTID',
  'OKTA_CLIENT_ORGURL',
]);

/** True when a variable name looks like it holds a credential. */
export function isSecretName(name: string): boolean {
  const lower = name.toLowerCase();
  return SECRET_NAMES.has(name.toUpperCase()) || SECRET_SUBSTRINGS.some((s) => lower.includes(s));
}
