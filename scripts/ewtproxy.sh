#!/bin/bash
# ewtproxy.sh OUT [CACHE]: the clean en_ewt dev proxy (BENCHMARKS.md,
# sessions 21 and 22, helper hA). For each contiguous half S of UNER
# en_ewt dev (first-half, second-half): the lexicon's learnt lists rebuilt
# from the training sets without S (OUT/lex-S), the English tagger and
# typing model trained without S (OUT/tag-S.gob.gz, OUT/typ-S.gob.gz),
# then S scored with all three (OUT/rows-S.txt, OUT/err-S.txt); prints
# each half's project NER row and both halves pooled. Run from the
# repository root; ../shared/data holds the datasets. TAGFLAGS and
# TYPFLAGS add trainner flags to the tagger's and the typing model's
# training (an experiment); a model already in OUT is kept, not trained
# again (delete it to retrain).
set -euo pipefail
out=${1:?usage: scripts/ewtproxy.sh OUT [CACHE]}
cache=${2:-bin/trainner-cache}
data=../shared/data
mkdir -p "$out" bin
go build -o "$out/trainner" ./internal/tools/trainner
go build -o "$out/nereval" ./internal/tools/nereval
for s in first-half second-half; do
	lex=$out/lex-$s
	if [ ! -d "$lex" ]; then
		cp -r internal/lexicon/data "$lex"
		"$out/trainner" -data $data -lexdata "$lex" -ewtsplit $s -namelex "$lex/people/person_names_learned.txt"
		"$out/trainner" -data $data -lexdata "$lex" -ewtsplit $s -givenlex "$lex/people/given_names_learned.txt"
		"$out/trainner" -data $data -lexdata "$lex" -ewtsplit $s -typedlex "$lex"
	fi
	if [ ! -f "$out/tag-$s.gob.gz" ]; then
		# shellcheck disable=SC2086
		"$out/trainner" -data $data -lang en -ents=false -lexicon=false -classes 0 -extra ewt -ewtsplit $s -workers 1 -cache "$cache" ${TAGFLAGS:-} -out "$out/tag-$s.gob.gz" > "$out/tag-$s.log" 2>&1
	fi
	if [ ! -f "$out/typ-$s.gob.gz" ]; then
		# shellcheck disable=SC2086
		"$out/trainner" -data $data -lang en -entdrop 0.5 -ewtsplit $s -workers 1 -cache "$cache" ${TYPFLAGS:-} -out "$out/typ-$s.gob.gz" > "$out/typ-$s.log" 2>&1
	fi
	"$out/nereval" -data $data -split dev -noraw -notagger -workers 1 -only en_ewt -ewtsplit $s -lexdata "$lex" \
		-model "$out/tag-$s.gob.gz" -typer "$out/typ-$s.gob.gz" -errors -top 60 > "$out/rows-$s.txt" 2> "$out/err-$s.txt"
	grep "project NER" "$out/rows-$s.txt"
done
cat "$out"/err-first-half.txt "$out"/err-second-half.txt | awk '
	match($0, /micro TP [0-9]+ FP [0-9]+ FN [0-9]+/) {
		split(substr($0, RSTART, RLENGTH), f, " "); tp += f[3]; fp += f[5]; fn += f[7]
	}
	END {
		p = tp / (tp + fp); r = tp / (tp + fn)
		printf "both halves pooled: TP %d FP %d FN %d, micro P %.1f R %.1f F1 %.1f\n", tp, fp, fn, 100*p, 100*r, 200*p*r/(p+r)
	}'
