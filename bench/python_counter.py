"""The Python word count of the issue's benchmark: collections.Counter over re.findall(r"\w+")
of the whole file in lower case. Usage: python3 bench/python_counter.py FILE"""
import collections
import re
import sys

with open(sys.argv[1], encoding="utf-8") as file:
    counts = collections.Counter(re.findall(r"\w+", file.read().lower()))
print(len(counts))
