# The Allegiance app for docker-compose.yml: Node 20 and the project's dependencies, talking to the
# neo4j service through NEO4J_URI (so the embedded Neo4j, and with it Java and Maven, are not needed).
FROM node:20-bookworm-slim

WORKDIR /app
RUN chown node:node /app
USER node

COPY --chown=node:node package.json package-lock.json ./
# Install scripts need the sources (copied below); the embedded Neo4j build is not wanted here.
RUN npm ci --ignore-scripts
COPY --chown=node:node . .

ENV HOST=0.0.0.0 \
    PORT=3000 \
    NEO4J_URI=bolt://neo4j:7687
EXPOSE 3000
CMD ["npm", "start"]
