#!/bin/sh
# Least privilege (README, The audit trail): registry_owner owns the database and
# runs the migrations (and the backups); the API and the worker log in as
# registry_api, a member of registry_app, which owns nothing. Runs once, when the
# data volume is created. Passwords come from the Docker secrets, never variables.
set -eu
owner_password=$(cat "${REGISTRY_OWNER_PASSWORD_FILE:-/run/secrets/db_owner_password}")
app_password=$(cat "${REGISTRY_APP_PASSWORD_FILE:-/run/secrets/db_app_password}")
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$owner_password" -v app_password="$app_password" <<'SQL'
CREATE ROLE registry_app NOLOGIN;
CREATE ROLE registry_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE registry_api LOGIN PASSWORD :'app_password' IN ROLE registry_app;
ALTER DATABASE registry OWNER TO registry_owner;
-- The app role may connect, and nothing more until the migrations grant it.
REVOKE ALL ON DATABASE registry FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE registry TO registry_app;
SQL
