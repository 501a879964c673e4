#!/usr/bin/env bash
# Annotator throughput on a generated corpus: Benchmarks/annotator.sh [ARTICLES]
# Needs ../shared/bench/gen_corpus.py (or GEN_CORPUS=path). Prints words per second.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
corpus=.build-bench/corpus-$n
if [ ! -d "$corpus/sitegen/content" ]; then
  python3 "$gen" --articles "$n" --out "$corpus" --seed 1 >/dev/null
fi
swift build -c release --product annotator-benchmark >/dev/null
.build/release/annotator-benchmark "$corpus/sitegen/content"
