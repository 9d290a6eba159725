"""Downloads a campaign export slowly, so that the server is still reading the database when
bench/cluster.sh kills a node: a 4 kB receive buffer (the kernel takes in little ahead of the
reader) and about RATE bytes a second. Writes the CSV body to FILE; prints the HTTP status and
whether the body ended as the server's chunked encoding says a whole answer ends.
   python3 bench/slow_download.py PORT CAMPAIGN JSESSIONID FILE [RATE]
"""
import socket, sys, time

port, campaign, session, target = sys.argv[1:5]
rate = int(sys.argv[5]) if len(sys.argv) > 5 else 100_000
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
s.connect(("127.0.0.1", int(port)))
s.sendall(f"GET /campaigns/{campaign}/export.csv HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: JSESSIONID={session}\r\n"
          f"Connection: close\r\n\r\n".encode())
raw = bytearray()
started = time.time()
while True:
    try:
        data = s.recv(4096)
    except OSError:
        break
    if not data:
        break
    raw += data
    ahead = len(raw) / rate - (time.time() - started)
    if ahead > 0:
        time.sleep(ahead)
head, _, body = bytes(raw).partition(b"\r\n\r\n")
status = head.split(b"\r\n", 1)[0].decode(errors="replace")
chunked = b"transfer-encoding: chunked" in head.lower()
complete = False
content = bytearray()
if chunked:
    rest = body
    while True:
        size_line, sep, rest = rest.partition(b"\r\n")
        if not sep:
            break
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            complete = True
            break
        if len(rest) < size + 2:
            content += rest[:size]
            break
        content += rest[:size]
        rest = rest[size + 2:]
else:
    content = body
with open(target, "wb") as f:
    f.write(content)
print(f"{status}; {len(content)} bytes; {'whole' if complete else 'cut off'}")
