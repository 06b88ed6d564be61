#!/usr/bin/env bash
# The HTML report in a real browser (headless Chromium): the page loads without a console
# message, requests nothing over the network, and draws the charts it should; screenshots at
# desktop and phone width are kept to look at.
# Usage: browser_check.sh VERBATIM ARTIFACTS NAME "CHART-ID..." INPUT [report options...]
# Chromium is a test dependency (scripts/test installs it): without it the test fails.
set -euo pipefail
verbatim=$1 artifacts=$2 name=$3 charts=$4 input=$5
shift 5

fail() {
    echo "browser_check $name: $*" >&2
    exit 1
}

browser=$(command -v chromium || true)
[[ -n $browser ]] || fail "chromium is not installed (scripts/test installs it)"

mkdir -p "$artifacts"
artifacts=$(cd "$artifacts" && pwd) # the browser needs an absolute file:// address
html=$artifacts/report-$name.html
"$verbatim" report -q --format html --title "$name" "$@" -o "$html" "$input"

# Nothing to fetch: no src/href/url() other than an in-page anchor. Data cannot forge these:
# its quotes are escaped.
if grep -Eio "(src|href|srcset|poster|action|xlink:href)=[\"'][^#\"'][^\"']*" "$html" |
    grep -v '^$'; then
    fail "the page refers to a resource outside itself"
fi
if grep -Eio '@import|url\(' "$html"; then
    fail "the page's CSS loads something"
fi
if grep -Eo "=[\"']https?://[^\"']*" "$html" | grep -v '^="http://www.w3.org/2000/svg$'; then
    fail "the page has an http(s) address in an attribute"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A fresh profile for each run; the host rules keep the browser's own background requests off
# the network (the net log still records any request the page would make).
chrome() {
    local profile
    profile=$(mktemp -d "$tmp/profile.XXXXXX")
    timeout 40 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --host-resolver-rules='MAP * ~NOTFOUND' --hide-scrollbars \
        --user-data-dir="$profile" "$@" "file://$html"
}

chrome --enable-logging=stderr --v=0 --log-net-log="$tmp/net.json" --dump-dom \
    >"$tmp/dom.html" 2>"$tmp/log.txt" || fail "chromium failed: $(tail -5 "$tmp/log.txt")"
if grep -E 'CONSOLE|Uncaught' "$tmp/log.txt"; then
    fail "the page logged to the console"
fi
# requests made for the page carry its site (file://); the browser's own do not
python3 - "$tmp/net.json" <<'EOF' || fail "the page made a network request"
import json, sys
events = json.load(open(sys.argv[1]))["events"]
urls = {e["params"].get("url") for e in events
        if "site=file://" in str(e.get("params", {}).get("site_for_cookies", ""))}
urls.discard(None)
for u in sorted(urls):
    print("request:", u)
sys.exit(1 if urls else 0)
EOF
grep -q '</html>' "$tmp/dom.html" || fail "no document in the DOM dump"

for id in $charts; do
    # from the element to the end of its (first) svg: it must draw something
    body=$(sed -n "/id=\"$id\"/,/<\/svg>/p" "$tmp/dom.html")
    [[ -n $body ]] || fail "#$id is not in the DOM"
    shapes=$(grep -Eo '<(rect|path|polyline|circle|line)[ />]' <<<"$body" | wc -l)
    ((shapes > 0)) || fail "#$id draws nothing"
    grep -q 'role="img"' <<<"$body" || fail "#$id has no role=img"
    echo "browser_check $name: #$id draws $shapes shapes"
done

for size in desktop:1200,3000 phone:390,2400; do
    png=$artifacts/report-$name-${size%%:*}.png
    rm -f "$png"
    chrome --screenshot="$png" --window-size="${size#*:}" >/dev/null 2>&1 ||
        fail "no screenshot at ${size#*:}"
    [[ $(head -c 8 "$png" | od -An -tx1 | tr -d ' ') == 89504e470d0a1a0a ]] ||
        fail "$png is not a PNG"
    (($(stat -c %s "$png") > 20000)) || fail "$png is blank"
    echo "browser_check $name: $png"
done
