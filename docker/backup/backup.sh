#!/bin/sh
# Nightly logical backups of the registry (the compose `backup` service; or run from
# the host's cron with the same variables). Each backup is a folder:
#   registry-YYYYMMDDTHHMMSSZ/registry.dump      pg_dump --format=custom of the database
#   registry-YYYYMMDDTHHMMSSZ/checkpoints.jsonl  the signed audit checkpoints (outside PostgreSQL)
#   registry-YYYYMMDDTHHMMSSZ/public-key.pem     the key that verifies them
#   registry-YYYYMMDDTHHMMSSZ/SHA256SUMS         written last: a folder without it is incomplete
# Folders older than BACKUP_KEEP_DAYS are removed after a successful backup.
#   backup.sh          wait for BACKUP_AT (UTC) every day, backing up at once if none is a day old
#   backup.sh once     one backup now
#   backup.sh check    exit 0 when the newest complete backup is under 26 hours old (health check)
set -eu
BACKUP_DIR=${BACKUP_DIR:-/backups}
BACKUP_AT=${BACKUP_AT:-02:30}
BACKUP_KEEP_DAYS=${BACKUP_KEEP_DAYS:-14}
AUDIT_DIR=${AUDIT_DIR:-/var/lib/registry/audit}
if [ -n "${PGPASSWORD_FILE:-}" ]; then PGPASSWORD=$(cat "$PGPASSWORD_FILE"); export PGPASSWORD; fi

say() { echo "[backup] $(date -u +%Y-%m-%dT%H:%M:%SZ) $*"; }

newest_complete() {
  find "$BACKUP_DIR" -mindepth 2 -maxdepth 2 -name SHA256SUMS -mmin "-$1" 2>/dev/null | head -n 1
}

once() {
  stamp=$(date -u +%Y%m%dT%H%M%SZ)
  target="$BACKUP_DIR/registry-$stamp"
  partial="$BACKUP_DIR/.partial-$stamp"
  mkdir -p "$partial"
  # The checkpoints first: every one of them then seals entries the dump also holds.
  for file in checkpoints.jsonl public-key.pem; do
    if [ -f "$AUDIT_DIR/$file" ]; then cp "$AUDIT_DIR/$file" "$partial/$file"; fi
  done
  pg_dump --format=custom --compress=6 --no-password --file="$partial/registry.dump"
  (cd "$partial" && sha256sum -- * > SHA256SUMS)
  mv "$partial" "$target"
  say "backup written: $target ($(du -sh "$target" | cut -f1))"
  find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name 'registry-*' -mtime "+$BACKUP_KEEP_DAYS" -exec rm -rf {} +
  find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '.partial-*' -mmin +1440 -exec rm -rf {} +
}

seconds_until() {
  now=$(date -u +%s)
  next=$(date -u -d "today $1" +%s)
  if [ "$next" -le "$now" ]; then next=$(date -u -d "tomorrow $1" +%s); fi
  echo $((next - now))
}

case "${1:-schedule}" in
  once) once ;;
  check)
    found=$(newest_complete 1560)
    if [ -n "$found" ]; then echo "newest backup: $(dirname "$found")"; exit 0; fi
    echo "no complete backup in the last 26 hours in $BACKUP_DIR"; exit 1 ;;
  schedule)
    mkdir -p "$BACKUP_DIR"
    say "daily at $BACKUP_AT UTC into $BACKUP_DIR, kept $BACKUP_KEEP_DAYS days"
    if [ -z "$(newest_complete 1440)" ]; then once || say "backup FAILED"; fi
    while :; do
      sleep "$(seconds_until "$BACKUP_AT")"
      once || say "backup FAILED (the health check turns unhealthy after 26 hours without one)"
    done ;;
  *) echo "usage: backup.sh [schedule|once|check]" >&2; exit 2 ;;
esac
