#!/usr/bin/env python3
"""Times FinSeg's customer pages over HTTP as a signed-in marketer: list page 1, the page after
row in the middle (by name), a name search and a profile. Prints median and p95 per page.
Usage: bench/pages.py BASE_URL USER PASSWORD KEYSET_TOKEN SEARCH PROFILE_ID [RUNS]"""
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request

base, user, password, token, search, profile = sys.argv[1:7]
runs = int(sys.argv[7]) if len(sys.argv) > 7 else 30
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
login_page = opener.open(base + "/login").read().decode()
csrf = re.search(r'name="_csrf" value="([^"]+)"', login_page).group(1)
opener.open(base + "/login", urllib.parse.urlencode({"username": user, "password": password, "_csrf": csrf}).encode())
pages = {
    "list, page 1": "/customers",
    "list, the page after the middle row (by name)": "/customers?sort=name&after=" + token,
    "name search": "/customers?field=name&q=" + urllib.parse.quote(search),
    "profile": "/customers/" + profile,
}
for name, path in pages.items():
    times = []
    for i in range(runs + 3):
        start = time.perf_counter()
        response = opener.open(base + path)
        body = response.read()
        elapsed = (time.perf_counter() - start) * 1000
        if response.status != 200 or b"Sign in to FinSeg" in body:
            sys.exit(f"{name}: not a page ({response.status})")
        if i >= 3:
            times.append(elapsed)
    times.sort()
    p95 = times[max(0, int(round(0.95 * len(times))) - 1)]
    print(f"{name}: median {statistics.median(times):.0f} ms, p95 {p95:.0f} ms ({runs} runs)")
