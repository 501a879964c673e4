#!/usr/bin/env bash
# Instructions the annotator executes, counted by valgrind's callgrind: a measure that,
# unlike wall time on a shared machine, comes out the same from one run to the next.
#   Benchmarks/annotator-instructions.sh [ARTICLES] [TOP]
# Annotates the first ARTICLES (default 300) of the generated 2,000-article corpus once,
# counting only inside Annotator.annotate (not the gazetteer's loading nor Markdown), and
# prints the total, the instructions per word and the TOP (default 25) functions by their
# own instructions. Needs valgrind (apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
top=${2:-25}
gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
corpus=.build-bench/corpus-2000
if [ ! -d "$corpus/sitegen/content" ]; then
  python3 "$gen" --articles 2000 --out "$corpus" --seed 1 >/dev/null
fi
subset=.build-bench/instructions-$n
rm -rf "$subset" && mkdir -p "$subset"
find "$corpus/sitegen/content" -name '*.md' | sort | sed -n "1,${n}p" | xargs -I{} cp {} "$subset/"
swift build -c release --product annotator-benchmark >/dev/null
# (valgrind 3.19 cannot read the DWARF 5 debug information Swift writes: count on a copy without it.)
binary=.build-bench/annotator-benchmark-nodebug
objcopy --strip-debug .build/release/annotator-benchmark "$binary"
out=.build-bench/callgrind-$n.out
symbol='$s15SitegenAnnotate9AnnotatorV8annotate_5lines6outlet4yearAA18ArticleAnnotationsV0A8Markdown0J8DocumentV_AA9LineIndexVSSSgSiSgtF'
words=$(valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect="$symbol" "$binary" "$subset" --repeat 1 2>/dev/null \
  | awk '/^words/ {print $2}')
total=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
echo "articles      $n"
echo "words         $words"
echo "instructions  $total ($((total / words)) per word)"
callgrind_annotate --inclusive=no "$out" 2>/dev/null | sed -n '/file:function/,$p' | sed -n "3,$((top + 2))p" | cut -c1-160
