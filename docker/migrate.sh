#!/bin/sh
# The one-shot `migrate` service, before the API and the worker start: schema (as the
# owner role), reference data, the audit signing key (kept if it exists) and, on the
# first start only, the first administrator. Its password is read from the
# bootstrap_admin_password secret here and nowhere else: the long-running containers
# never see it. Change it at first sign-in, then empty the secret file.
set -eu
node dist/src/cli.js migrate
node dist/src/cli.js seed
node dist/src/cli.js audit-keygen
if [ -n "${BOOTSTRAP_ADMIN_USERNAME:-}" ] && [ -s /run/secrets/bootstrap_admin_password ]; then
  node dist/src/cli.js create-admin --username "$BOOTSTRAP_ADMIN_USERNAME" < /run/secrets/bootstrap_admin_password
fi
