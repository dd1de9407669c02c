"""Compares the open-world gate with models that read the message as a whole.

Reads what run.sh wrote to target/: train.tsv + train.bin (the gate's training messages and their
sentence vectors), eval.tsv + eval.bin (the two development sets and CLINC150 val), gate.jsonl (the
bot's own `classify` over eval.tsv). Needs numpy and scikit-learn. Prints two tables:

1. Is it a spread question? Area under the ROC curve on each development set, and how many chatter
   messages score at or above the score that keeps 90% / 95% of the set's spread questions, with
   the CLINC150 val queries above the second set's 90% score.
2. Which principle? Accuracy on the development sets' questions labelled with a principle.
"""
import json
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_union
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.svm import SVC

T = "target/"
PRINCIPLES = {"complexity", "leadership", "individual", "benefit", "networks", "learning", "convening"}


def vectors(name):
    return np.fromfile(T + name, dtype=">f4").reshape(-1, 384)


train = [line.rstrip("\n").split("\t") for line in open(T + "train.tsv", encoding="utf-8")]
evals = [line.rstrip("\n").split("\t", 2) for line in open(T + "eval.tsv", encoding="utf-8")]
x_train, x_eval = vectors("train.bin"), vectors("eval.bin")
y_train = np.array([t[0] == "spread" for t in train])
sets = np.array([e[0] for e in evals])
labels = [e[1] for e in evals]
y_eval = np.array([label != "oos" for label in labels])
bot = [json.loads(line) for line in open(T + "gate.jsonl", encoding="utf-8")]
gate = np.array([r.get("domain") or 0.0 for r in bot])


def logit(p):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def gate_row(name, score):
    cells = [name]
    clinc = score[sets == "clinc-val"]
    for s in ("dev", "dev2"):
        y, sc = y_eval[sets == s], score[sets == s]
        spread = np.sort(sc[y])
        t90, t95 = spread[int(len(spread) * 0.10)], spread[int(len(spread) * 0.05)]
        cells += [f"{roc_auc_score(y, sc):.4f}", str((sc[~y] >= t90).sum()), str((sc[~y] >= t95).sum())]
        if s == "dev2":
            cells.append(str((clinc >= t90).sum()))
    print("| " + " | ".join(cells) + " |")


print("| model | dev AUC | dev chatter @90% | @95% | dev2 AUC | dev2 chatter @90% | @95% | CLINC150 val @ dev2's 90% |")
print("|---|---|---|---|---|---|---|---|")
gate_row("OpenNLP maxent gate (the bot's)", gate)
balanced = {"class_weight": "balanced"}
candidates = {
    "MiniLM + logistic regression": LogisticRegression(C=3, max_iter=3000, **balanced),
    "MiniLM + MLP (256 hidden)": MLPClassifier(hidden_layer_sizes=(256,), max_iter=60, random_state=0),
    "MiniLM + RBF SVM": SVC(C=3, **balanced),
}
for name, model in candidates.items():
    if isinstance(model, MLPClassifier):
        # The MLP takes no class weights: repeat the spread questions as the gate does.
        idx = np.concatenate([np.where(y_train)[0].repeat(4), np.where(~y_train)[0]])
        model.fit(x_train[idx], y_train[idx])
    else:
        model.fit(x_train, y_train)
    if hasattr(model, "predict_proba"):
        score = logit(model.predict_proba(x_eval)[:, 1])
    else:
        score = model.decision_function(x_eval) * 3
    gate_row(name, score)
    gate_row("  mean with the gate (logits)", (score + logit(gate)) / 2)

# Nearest neighbours over the bot's kind of features (tf-idf word 1-2-grams and character 4-grams
# inside words): how much closer the three nearest spread questions are than the three nearest
# other messages. A memory of single examples can tell apart what a linear model adds up.
words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 4), min_df=2, sublinear_tf=True)
features = make_union(words, chars)
train_tfidf = normalize(features.fit_transform([t[2] for t in train]))
eval_tfidf = normalize(features.transform([e[2] for e in evals]))
sims = (eval_tfidf @ train_tfidf.T).toarray()
nearest = np.sort(sims[:, y_train], axis=1)[:, -3:].mean(1) - np.sort(sims[:, ~y_train], axis=1)[:, -3:].mean(1)
gate_row("tf-idf 3 nearest neighbours", nearest)
gate_row("  gate + 10 x neighbours (logits)", logit(gate) + 10 * nearest)

print()
print("| model | dev principle accuracy | dev2 principle accuracy |")
print("|---|---|---|")
spread_idx = np.where(y_train)[0]
y_principle = np.array([
    train[i][1].split(".")[0] if train[i][1].split(".")[0] in PRINCIPLES else "general" for i in spread_idx
])
lr = LogisticRegression(C=10, max_iter=3000).fit(x_train[spread_idx], y_principle)
proba = lr.predict_proba(x_eval)
classes = list(lr.classes_)
proba[:, classes.index("general")] = -1  # a principle, as the maxent row below
bot_principle = [
    (r.get("candidates") or [{"intent": ""}])[0]["intent"].split(".")[0] for r in bot
]
rows = {"OpenNLP maxent intents (best candidate's principle)": bot_principle,
        "MiniLM + logistic regression": [classes[k] for k in proba.argmax(1)]}
for name, guess in rows.items():
    cells = [name]
    for s in ("dev", "dev2"):
        idx = [i for i in range(len(labels)) if sets[i] == s and labels[i] in PRINCIPLES]
        cells.append(f"{100 * np.mean([guess[i] == labels[i] for i in idx]):.1f}%")
    print("| " + " | ".join(cells) + " |")
