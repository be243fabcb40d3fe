# The explorer's server and built client. Neo4j runs in its own container (docker-compose.yml),
# so this image needs neither Java nor the embedded launcher.
FROM node:20-bookworm-slim

WORKDIR /app

# Dependencies first, so editing sources does not reinstall them. Dev dependencies are kept:
# the server runs through tsx and the client is built here with vite.
COPY package.json package-lock.json ./
RUN npm ci

COPY . .
RUN npm run build:client
# Extraction workers start from a bundle written under node_modules/.cache at run time.
RUN mkdir -p node_modules/.cache && chown node node_modules/.cache

ENV NODE_ENV=production
# Inside a container the published port is the boundary, so listen on every interface.
ENV HOST=0.0.0.0
USER node
EXPOSE 4000
CMD ["npm", "run", "serve"]
