# syntax=docker/dockerfile:1
#
# Switchboard production image: the NestJS backend plus the built admin SPA (served at /admin).
#
#   docker build -t switchboard .
#   docker run --rm -p 3000:3000 \
#     -e DATABASE_URL=postgres://user:pass@host:5432/switchboard -e REDIS_URL=redis://host:6379 \
#     -e JWT_SECRET=... -e APP_ENCRYPTION_KEYS=k1:... switchboard
#
# Without DATABASE_URL the container starts in embedded mode (PGlite under /app/.data): for a quick look
# only, not for production (docs/adr/0001-foundation-stack.md). docker-compose.yml runs the full stack.

# ---- build: install everything (backend + admin workspace), compile, then drop dev dependencies ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false

# Manifests first, so the dependency layer is reused while only sources change.
COPY package.json package-lock.json ./
COPY admin/package.json admin/
# --ignore-scripts: no compiler is needed. @node-rs/argon2 and swc ship their binaries as optional platform
# packages, msgpackr-extract is optional, and swagger-ui's telemetry hook (@scarf/scarf) stays off.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --ignore-scripts

COPY . .
# Backend to dist/ (tsc + tsc-alias), admin SPA to admin/dist (vite).
RUN npm run build \
 && test -f dist/src/main.js \
 && test -f admin/dist/index.html
# Dev dependencies of both workspaces go (vite, jest, tsc tooling...). The SPA is static: at run time only
# its built files in admin/dist are used, copied below.
RUN npm prune --omit=dev

# ---- runtime: compiled output and production dependencies only, as the unprivileged `node` user ----
FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000

# Owned by root, so the application cannot modify its own code or dependencies.
# package.json: the app reads its version from it.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# admin/package.json keeps the workspace link node_modules/@switchboard/admin resolvable.
COPY --from=build /app/admin/package.json ./admin/package.json
COPY --from=build /app/admin/dist ./admin/dist

# The only writable place: embedded-mode data (PGlite, generated secrets) when DATABASE_URL is unset.
RUN mkdir -p /app/.data && chown node:node /app/.data

USER node
EXPOSE 3000

# Liveness only (no dependency checks); slim images have no curl, so node's fetch does the request.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/live', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# node runs as PID 1 and handles SIGTERM itself (readiness 503, drain, exit 0); use `docker run --init`
# (compose: init: true) to also reap zombie processes, and allow SHUTDOWN_DELAY_MS + SHUTDOWN_GRACE_MS
# before the runtime kills it (`docker stop -t 40`, compose stop_grace_period, k8s terminationGracePeriodSeconds).
CMD ["node", "dist/src/main.js"]
