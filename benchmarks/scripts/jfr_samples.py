#!/usr/bin/env python3
# Execution samples of a flight recording (issue #13, benchmarks/README.md), with the JDK's `jfr` on the PATH:
#   jfr_samples.py REC.jfr phase [SECONDS]   samples per thread per window
#   jfr_samples.py REC.jfr top [THREAD]      self and inclusive shares of the top frames
#   jfr_samples.py REC.jfr window FROM TO    the commonest stacks (4 frames) between two times
import json, subprocess, sys, collections, datetime
f = sys.argv[1]
mode = sys.argv[2] if len(sys.argv) > 2 else "phase"
data = json.loads(subprocess.check_output(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample", f]))
ev = data["recording"]["events"]
def ts(e):
    s = e["values"]["startTime"]
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()
t0 = min(ts(e) for e in ev)
def frames(e):
    st = e["values"]["stackTrace"]
    if not st: return []
    return [fr["method"]["type"]["name"].split(".")[-1] + "." + fr["method"]["name"] for fr in st["frames"]]
def th(e):
    t = e["values"]["sampledThread"]
    return (t.get("javaName") or t.get("osName") or "?") + "#" + str(t.get("javaThreadId"))
if mode == "phase":
    w = float(sys.argv[3]) if len(sys.argv) > 3 else 5
    buckets = collections.defaultdict(collections.Counter)
    for e in ev:
        buckets[int((ts(e)-t0)//w)][th(e)] += 1
    for b in sorted(buckets):
        print(f"{b*w:5.0f}s", dict(buckets[b].most_common()))
elif mode == "top":
    thr = sys.argv[3] if len(sys.argv) > 3 else None
    c = collections.Counter(); inc = collections.Counter(); n = 0
    for e in ev:
        if thr and thr not in th(e): continue
        fs = frames(e)
        if not fs: continue
        n += 1
        c[fs[0]] += 1
        for x in set(fs): inc[x] += 1
    print("samples", n)
    print("-- self")
    for k, v in c.most_common(40): print(f"{100*v/n:5.1f}% {k}")
    print("-- inclusive")
    for k, v in inc.most_common(60): print(f"{100*v/n:5.1f}% {k}")
elif mode == "window":
    a, b2 = float(sys.argv[3]), float(sys.argv[4])
    c = collections.Counter(); n=0
    for e in ev:
        t = ts(e)-t0
        if a <= t < b2:
            fs = frames(e); n+=1
            c[(th(e), " < ".join(fs[:4]))] += 1
    print("samples", n)
    for k, v in c.most_common(40): print(v, k)
