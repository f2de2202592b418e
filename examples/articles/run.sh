#!/usr/bin/env bash
# Analyses two invented news articles (one English, one German; people and events are fictional):
# extraction finds the actors, their countries and the meetings, then analyze ranks the actors and
# draws the network. Writes out/articles/ and prints the ranked table.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift run summitry analyze examples/articles --out out/articles
