#!/usr/bin/env bash
# Analyses an invented affiliation table (people and meetings are fictional): who met whom at four
# meetings. Writes out/affiliation/{network.json,graph.dot,graph.svg,centrality.csv,report.html} and
# prints the actors ranked by centrality. Run from anywhere; paths are relative to the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift run summitry analyze examples/affiliation/meetings.csv --out out/affiliation
