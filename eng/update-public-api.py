#!/usr/bin/env python3
"""Builds the solution and records every RS0016 (undeclared public API) symbol in its project's PublicAPI.Unshipped.txt,
and drops every RS0017 (declared but gone) symbol. Run until the build has no RS0016/RS0017 left."""
import collections, os, re, subprocess, sys
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
os.chdir(root)
out = subprocess.run(["dotnet", "build", "Axcelerate.HubSpot.sln", "--no-incremental", "-p:TreatWarningsAsErrors=false", "-p:WarningsAsErrors="], capture_output=True, text=True).stdout
add = collections.defaultdict(set); remove = collections.defaultdict(set); other = set()
for line in out.splitlines():
    m = re.search(r"(RS00\d\d): Symbol '(.*)' is (not part of the declared public API|part of the declared API, but is either not public or could not be found).*\[(.*\.csproj)\]", line)
    if m:
        proj = os.path.dirname(m.group(4))
        (add if m.group(1) == "RS0016" else remove)[proj].add(m.group(2))
    elif re.search(r"(warning|error) RS00\d\d", line):
        other.add(line.strip()[:300])
for proj in set(add) | set(remove):
    path = os.path.join(proj, "PublicAPI.Unshipped.txt")
    lines = [l for l in open(path).read().splitlines() if l and not l.startswith("#")]
    lines = sorted((set(lines) | add[proj]) - remove[proj], key=str.lower)
    open(path, "w").write("#nullable enable\n" + "".join(l + "\n" for l in lines))
    print(f"{proj}: +{len(add[proj])} -{len(remove[proj])}")
for o in sorted(other)[:20]:
    print(o)
print("errors:", len(re.findall(r" error ", out)))
