# syntax=docker/dockerfile:1
# One image, built once (`docker compose build`, tagged REGISTRY_IMAGE), for every role:
# migrate (docker/migrate.sh), the API (the default command) and the worker
# (`node dist/src/worker.js`). It carries the built web interface, which the API serves.
# Node 24 LTS here; the code also runs on Node 20.19+ (the development machines), and
# `npm test` fails when a dependency's engines refuse either (scripts/check-engines.mjs).
FROM node:24.20-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src src
COPY migrations migrations
COPY seeds seeds
COPY bench bench
COPY web web
RUN node node_modules/typescript/bin/tsc -p tsconfig.build.json \
 && npm run build -w web \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:24.20-trixie-slim
ENV NODE_ENV=production TZ=UTC \
    WEB_DIST_DIR=/app/web/dist \
    IMPORT_DIR=/var/lib/registry/imports \
    WORKER_HEARTBEAT_FILE=/tmp/registry-worker.heartbeat
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/web/dist web/dist
COPY package.json ./
COPY seeds/reference seeds/reference
COPY docker/migrate.sh docker/migrate.sh
RUN mkdir -p /var/lib/registry/imports /var/lib/registry/audit \
 && chown node:node /var/lib/registry/imports /var/lib/registry/audit
# Never root at run time; no secret is baked in (they come from /run/secrets at start).
USER node
EXPOSE 3000
CMD ["node", "--enable-source-maps", "dist/src/main.js"]
