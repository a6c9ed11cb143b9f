"""Fuzz the extractor: N generated articles of news-like fragments, quote marks of every kind,
combining marks, right-to-left text, zero-width characters and emoji.

  python benchmarks/fuzz_extract.py [N] [SEED]

Prints how many inputs ran, how many broke an invariant (an exception, an offset outside the
body, or text that is not body[start:end]), and the time taken. Exits 1 on any failure.
"""
import random
import sys
import time

from datasette_newsframe.extract import extract

PIECES = ["said", "says", "told reporters", "he", "she", "they", "it", "Donald Trump", "Mr. Putin", "Clinton",
          "the minister", "according to", "claimed", "that", "Moscow", "U.S.", "NATO", "the Kremlin",
          ", ", ". ", "? ", "\n\n", "\n", " ", " ", " ", "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "''",
          "\u00ab", "\u00bb", "\u201e", "-", "\u2014", ":", "(", ")", "[", "]", "We will win", "this is wrong"]
ODD = ["\u0301", "\u200b", "\u200d", "\u200f", "\u202e", "\ufeff", "\U0001f600", "\U0001f1fa\U0001f1f8",
       "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "e\u0301", "\u0000", "\r\n", "\t", "\u00a0",
       "\u2028", "\ud7ff", "\U00010348"]


def article(rng):
    parts = []
    for _ in range(rng.randint(0, 200)):
        roll = rng.random()
        if roll < 0.75:
            parts.append(rng.choice(PIECES))
        elif roll < 0.9:
            parts.append(rng.choice(ODD))
        else:
            parts.append("".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(1, 8))))
    return "".join(parts)


def check(body):
    result = extract(body)
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= len(body) and body[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert body[q.speaker_start:q.speaker_end] == q.speaker_mention
    for m in result.mentions:
        assert 0 <= m.start < m.end <= len(body) and body[m.start:m.end] == m.text
    return len(result.quotes), len(result.mentions)


def main(n=10_000, seed=2026):
    rng = random.Random(seed)
    failures, quotes, mentions, chars = [], 0, 0, 0
    started = time.perf_counter()
    for i in range(n):
        body = article(rng)
        chars += len(body)
        try:
            nq, nm = check(body)
            quotes += nq
            mentions += nm
        except Exception as e:  # report every kind of break, then go on
            failures.append((i, type(e).__name__, str(e)[:200], body[:200]))
    took = time.perf_counter() - started
    print(f"inputs {n}  failures {len(failures)}  quotes {quotes}  mentions {mentions}  "
          f"characters {chars}  seconds {took:.1f}  inputs/s {n / took:.0f}")
    for f in failures[:10]:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:3])))
