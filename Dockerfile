# careerbot: multi-stage image. Build:  docker build -t careerbot .
# Run (Slack HTTP mode, say):  docker run -d --env-file .env -v careerbot-data:/data -p 3000:3000 \
#   -p 127.0.0.1:3001:3001 careerbot   (3000: Slack's public port; 3001: /readyz and /metrics, for this host only)
# Node 24, the current LTS line (Node 20 reached end of life on 2026-04-30); package.json "engines" lists every line
# the dependencies support. The database path and ports are set below, not in .env (see docs/configuration.md).

# 1. Compile the TypeScript to dist/ (esbuild is a dev dependency: it stays in this stage).
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: the native SQLite module is not needed to compile.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/build.mjs scripts/bundle-options.mjs scripts/
COPY src/ src/
COPY adapters/ adapters/
RUN node scripts/build.mjs

# 2. Production dependencies only. better-sqlite3's install script fetches a prebuilt binary, or compiles one
#    with the tools installed here (they stay in this stage). The prepare script finds no esbuild and does nothing.
FROM node:24-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts/build.mjs scripts/bundle-options.mjs scripts/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 3. The runtime: Node, production node_modules, dist/, the data and the launcher. No sources, no compilers.
FROM node:24-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/data/careerbot.db \
    PORT=3000 \
    HEALTH_PORT=3001 \
    HEALTH_HOST=0.0.0.0 \
    LOG_FORMAT=json
WORKDIR /app
COPY --from=deps /app/node_modules/ node_modules/
COPY --from=build /app/dist/ dist/
COPY package.json ./
COPY bin/ bin/
COPY data/ data/
# The database lives on a volume, owned by the unprivileged user the bot runs as.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
# 3000: Slack HTTP mode (/slack/events), public. 3001: /healthz, /readyz, /metrics in every mode, on every interface
# of the container (HEALTH_HOST=0.0.0.0) so an orchestrator's probes and Prometheus reach it: never publish it to the
# internet (docs/deploy.md).
EXPOSE 3000 3001
# Readiness through the CLI (the slim image has no curl): exit 0 when /readyz answers 200, so `docker ps` shows
# "unhealthy" for a token Slack or Discord rejects or a database that is gone, not only for a dead process.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "bin/careerbot.js", "healthcheck", "--ready"]
# SIGTERM starts a graceful stop (adapters closed, database closed); give it time: docker stop -t 30 or
# stop_grace_period in compose.yaml.
STOPSIGNAL SIGTERM
# bin/careerbot gives Node its V8 flags on the command line (docs/performance.md), then runs as PID 1 (exec).
CMD ["bin/careerbot", "start"]
