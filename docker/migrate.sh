#!/bin/sh
# The one-shot `migrate` service, before the API and the worker start: schema (as the
# owner role), reference data, the audit signing key (kept if it exists) and, on the
# first start only, the first administrator. Its password is read from the
# bootstrap_admin_password secret here and nowhere else: the long-running containers
# never see it. Change it at first sign-in, then empty the secret file.
set -eu
admin_username=${BOOTSTRAP_ADMIN_USERNAME:-}
admin_password_file=${BOOTSTRAP_ADMIN_PASSWORD_FILE:-/run/secrets/bootstrap_admin_password}
# Only create-admin below reads the password, from standard input.
unset BOOTSTRAP_ADMIN_USERNAME BOOTSTRAP_ADMIN_PASSWORD BOOTSTRAP_ADMIN_PASSWORD_FILE
node dist/src/cli.js migrate
node dist/src/cli.js seed
node dist/src/cli.js audit-keygen
if [ -n "$admin_username" ] && [ -s "$admin_password_file" ]; then
  node dist/src/cli.js create-admin --username "$admin_username" < "$admin_password_file"
fi
