#!/bin/sh
# Restores one backup folder (made by backup.sh) into a new, EMPTY database, as the
# owner role; then check it with verify-audit against the backup's own checkpoints
# (README, "Restoring a backup").
#   restore.sh BACKUP_FOLDER DATABASE
# Where and as whom: the libpq variables (PGHOST, PGPORT, PGUSER=registry_owner,
# PGPASSWORD or PGPASSWORD_FILE). The application roles must exist on the server
# (docker/postgres-init/ makes them), so that their grants are restored too.
set -eu
if [ $# -ne 2 ]; then echo "usage: restore.sh BACKUP_FOLDER DATABASE" >&2; exit 2; fi
folder=$1
target=$2
if [ -n "${PGPASSWORD_FILE:-}" ]; then PGPASSWORD=$(cat "$PGPASSWORD_FILE"); export PGPASSWORD; fi
if ! (cd "$folder" && sha256sum --check --quiet SHA256SUMS); then
  echo "[restore] $folder is incomplete or altered: its files do not match SHA256SUMS" >&2
  exit 1
fi
tables=$(psql --no-psqlrc --tuples-only --no-align --dbname="$target" --command="SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tables" != "0" ]; then
  echo "[restore] database $target already holds $tables tables: restore into a new, empty database" >&2
  exit 1
fi
# One transaction: a failed restore leaves the database empty, never half-written.
pg_restore --exit-on-error --single-transaction --no-owner --dbname="$target" "$folder/registry.dump"
echo "[restore] $folder restored into $target."
echo "[restore] next: verify-audit --checkpoints $folder/checkpoints.jsonl --public-key $folder/public-key.pem, on $target"
