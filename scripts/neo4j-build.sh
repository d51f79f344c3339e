#!/usr/bin/env bash
# Builds the embedded Neo4j launcher (graph/embedded/neo4j): Maven resolves Neo4j's jars into ~/.m2 and copies
# the runtime classpath into graph/embedded/neo4j/target/lib. npm runs this on install; it returns at once when
# the build is newer than its sources.
#
# Usage: scripts/neo4j-build.sh [--optional]
#   --optional  a missing Java/Maven or a failed build prints a warning and exits 0, so that `npm install`
#               still succeeds (Docker users, or users pointing NEO4J_URI at their own Neo4j, need no Java).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/graph/embedded/neo4j"
stamp="$project/target/.built"
optional=false
[[ "${1:-}" == "--optional" ]] && optional=true

give_up() {
  echo "neo4j-build: $1" >&2
  if $optional; then
    echo "neo4j-build: skipped. Set NEO4J_URI to use your own Neo4j (or 'docker compose up'), or fix the above and run 'npm run neo4j:build'." >&2
    exit 0
  fi
  exit 1
}

command -v java >/dev/null 2>&1 || give_up "Java 17+ is required to run the embedded Neo4j, but 'java' is not on PATH. Install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless)."
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')"
[[ -n "$java_major" && "$java_major" -ge 17 ]] || give_up "Java 17+ is required, found Java ${java_major:-unknown}."

if [[ -f "$stamp" && "$stamp" -nt "$project/pom.xml" ]] \
   && [[ -z "$(find "$project/src" -newer "$stamp" -print -quit)" ]]; then
  echo "neo4j-build: up to date ($project/target)"
  exit 0
fi

command -v mvn >/dev/null 2>&1 || give_up "Maven is required to fetch Neo4j's jars, but 'mvn' is not on PATH. Install it (Debian/Ubuntu: apt-get install maven)."

echo "neo4j-build: resolving Neo4j with Maven (the first run downloads about 120 MB into ~/.m2)..."
# Debian's Maven prints colour resets even in batch mode; drop them from the log.
if ! mvn -B -q -Dstyle.color=never -f "$project/pom.xml" clean package 2>&1 | sed 's/\x1b\[0m//g'; then
  give_up "the Maven build of graph/embedded/neo4j failed (see the output above)."
fi
touch "$stamp"
echo "neo4j-build: built $project/target"
