#!/usr/bin/env python3
# CPU (user + system) of each thread of one process, by thread name (issue #13, benchmarks/README.md):
#   python3 benchmarks/scripts/threads.py bin/terrain report /tmp/terrain-data/S2 --year 2020 --out /tmp/r.json
# The command must be the process (bin/terrain execs java in its own pid). Polls /proc/<pid>/task/*/stat
# every 0.1 s and keeps the last value seen of each thread: a thread that ends between polls loses < 0.1 s.
import sys, subprocess, os, time, re, collections
hz = os.sysconf('SC_CLK_TCK')
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
seen = {}
while p.poll() is None:
    try:
        for tid in os.listdir(f'/proc/{p.pid}/task'):
            try:
                s = open(f'/proc/{p.pid}/task/{tid}/stat').read()
            except OSError:
                continue
            name = s[s.index('(')+1:s.rindex(')')]
            f = s[s.rindex(')')+2:].split()
            seen[tid] = (name, int(f[11]) + int(f[12]))
    except OSError:
        pass
    time.sleep(0.1)
c = collections.Counter()
for name, t in seen.values():
    c[re.sub(r'[#0-9]+$', '', name).strip()] += t
for k, v in c.most_common(8):
    print(f"{v/hz:7.2f} s  {k}")
print(f"{sum(c.values())/hz:7.2f} s  total seen; rc {p.returncode}")
