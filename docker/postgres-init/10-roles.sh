#!/bin/sh
# Least privilege (README, The audit trail): registry_owner owns the database and
# runs the migrations; the API and the worker log in as registry_api, a member of
# registry_app, which owns nothing. Runs once, when the data volume is created.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$REGISTRY_OWNER_PASSWORD" -v app_password="$REGISTRY_APP_PASSWORD" <<'SQL'
CREATE ROLE registry_app NOLOGIN;
CREATE ROLE registry_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE registry_api LOGIN PASSWORD :'app_password' IN ROLE registry_app;
ALTER DATABASE registry OWNER TO registry_owner;
SQL
