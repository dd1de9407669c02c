#!/usr/bin/env bash
# Reproduces the whole-message experiment in EVALUATION.md. Run from the repository root:
#   bash docs/experiments/whole-message/run.sh ../shared/data/clinc150/data_full.json
# Needs the bot's jar (mvn -B -q package -DskipTests), Maven, python3 with numpy and scikit-learn.
set -euo pipefail
clinc=${1:?usage: run.sh CLINC150_data_full.json}
here=docs/experiments/whole-message
out=$here/target
mkdir -p "$out"
mvn -B -q -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory=target/lib
java -cp target/spreadcoach.jar "$here/Dump.java" intents "$out/train.tsv"
# The development sets (label, text; comments and blank lines dropped) and CLINC150 val + oos_val.
: > "$out/eval.tsv"
for set in dev dev2; do
  grep -v '^#' "intents/eval/$set.tsv" | grep . | sed "s/^/$set\t/" >> "$out/eval.tsv"
done
python3 - "$clinc" "$out/eval.tsv" <<'PY'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
with open(sys.argv[2], "a", encoding="utf-8") as out:
    for text, _ in data["val"] + data["oos_val"]:
        out.write("clinc-val\toos\t" + text.replace("\t", " ") + "\n")
PY
cut -f3 "$out/eval.tsv" | java -jar target/spreadcoach.jar classify 2>/dev/null > "$out/gate.jsonl"
java -cp "$out/lib/*" "$here/Embed.java" "$out/train.tsv" "$out/train.bin" 2>/dev/null
java -cp "$out/lib/*" "$here/Embed.java" "$out/eval.tsv" "$out/eval.bin" 2>/dev/null
(cd "$here" && python3 compare.py)
