-- wrk script: signs in as a marketer (GET /login for the session cookie and the CSRF token,
-- POST /login, then one page for the session's new CSRF token), keeps cookie and token, and sends
-- 40 % segment counts (htmx POST /segments/preview of a saved rule), 30 % member pages
-- (GET /segments/{id}?after=…), 20 % customer searches by name and 10 % profiles.
-- Every answer that is not 2xx (a redirect to /login included) or that is the sign-in page counts
-- as an error. Settings from the environment (bench/load.sh sets them):
--   LOAD_USER, LOAD_PASSWORD, LOAD_SEGMENT (saved segment id), LOAD_CUSTOMERS (largest customer
--   id), LOAD_PREFIXES (comma-separated name prefixes to search for)
-- All connections of a wrk thread share one Lua state, so each thread signs in once and its
-- connections share that session (like tabs of one browser).

local user = os.getenv("LOAD_USER")
local password = os.getenv("LOAD_PASSWORD")
local segment = os.getenv("LOAD_SEGMENT")
local customers = tonumber(os.getenv("LOAD_CUSTOMERS") or "1000000")
local prefixes = {}
for p in string.gmatch(os.getenv("LOAD_PREFIXES") or "Joh", "[^,]+") do prefixes[#prefixes + 1] = p end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

-- phases: "anonymous" (fetch /login), "login" (POST /login once), "posted" (waiting for its
-- answer), "token" (fetch a page for the new CSRF token), "ready" (the mix)
local phase = "anonymous"
local cookie, csrf
-- globals, so that done() can read them from each thread
signin_requests = 0
mix_answered = 0
errors_total = 0
last_error = ""

local function urlencode(s)
  return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function cookie_header()
  return cookie and { ["Cookie"] = cookie } or {}
end

local function preview_body()
  local f = {
    "segmentId=" .. segment, "name=Load+test", "purpose=GENERAL", "version=0",
    "node=r", "kind_r=GROUP", "logic_r=AND",
    "node=r-0", "kind_r-0=CONDITION", "attribute_r-0=age", "operator_r-0=GE", "value_r-0=" .. math.random(25, 45),
    "node=r-1", "kind_r-1=GROUP", "logic_r-1=OR",
    "node=r-1-0", "kind_r-1-0=CONDITION", "attribute_r-1-0=has_mortgage", "operator_r-1-0=EQ", "value_r-1-0=true",
    "node=r-1-1", "kind_r-1-1=CONDITION", "attribute_r-1-1=total_balance", "operator_r-1-1=GT", "value_r-1-1=50000",
    "_csrf=" .. urlencode(csrf),
  }
  return table.concat(f, "&")
end

local FIXED_AGE = os.getenv("LOAD_FIXED_AGE")
-- LOAD_MIX="40,30,20,10" (default) changes the shares of counts, member pages, searches, profiles
local mix = {}
for n in string.gmatch(os.getenv("LOAD_MIX") or "40,30,20,10", "%d+") do mix[#mix + 1] = tonumber(n) end
local c1, c2, c3 = mix[1], mix[1] + mix[2], mix[1] + mix[2] + mix[3]

function request()
  if phase ~= "ready" then
    signin_requests = signin_requests + 1
    if phase == "login" then
      phase = "posted"
      local h = cookie_header()
      h["Content-Type"] = "application/x-www-form-urlencoded"
      return wrk.format("POST", "/login", h,
        "username=" .. urlencode(user) .. "&password=" .. urlencode(password) .. "&_csrf=" .. urlencode(csrf))
    elseif phase == "token" then
      return wrk.format("GET", "/customers/1", cookie_header()) -- a light page with the new token
    end
    return wrk.format("GET", "/login", cookie_header())
  end
  local r = math.random(100)
  local h = cookie_header()
  if r <= c1 then
    h["HX-Request"] = "true"
    h["Content-Type"] = "application/x-www-form-urlencoded"
    local body = preview_body()
    if FIXED_AGE then body = string.gsub(body, "value_r%-0=%d+", "value_r-0=" .. FIXED_AGE) end
    return wrk.format("POST", "/segments/preview", h, body)
  elseif r <= c2 then
    return wrk.format("GET", "/segments/" .. segment .. "?after=" .. math.random(1, customers), h)
  elseif r <= c3 then
    return wrk.format("GET", "/customers?field=name&q=" .. urlencode(prefixes[math.random(#prefixes)]), h)
  else
    return wrk.format("GET", "/customers/" .. math.random(1, customers), h)
  end
end

local function set_cookie(headers)
  for k, v in pairs(headers) do
    if string.lower(k) == "set-cookie" then
      local c = string.match(v, "^(JSESSIONID=[^;]+)")
      if c then cookie = c end
    end
  end
end

local function header(headers, name)
  for k, v in pairs(headers) do
    if string.lower(k) == name then return v end
  end
  return nil
end

local DEBUG = os.getenv("LOAD_DEBUG")

function response(status, headers, body)
  if DEBUG and phase ~= "ready" then
    io.write(phase, " ", status, " ", tostring(cookie), " ", tostring(csrf), "\n")
  end
  local is_login_page = status == 200 and string.find(body, 'action="/login"', 1, true) ~= nil
  if phase ~= "ready" then
    if phase == "anonymous" and is_login_page then
      set_cookie(headers)
      csrf = string.match(body, 'name="_csrf" value="([^"]+)"')
      if cookie and csrf then phase = "login" end
    elseif (phase == "posted" or phase == "token") and status == 302 and header(headers, "set-cookie")
        and not string.find(header(headers, "location") or "", "/login", 1, true) then
      -- the answer to POST /login: a new session id (an already signed-in GET /login answers 302
      -- too, but without a new cookie; a stale one is sent to /login)
      set_cookie(headers)
      phase = "token"
    elseif phase == "posted" and status == 302 and string.find(header(headers, "location") or "", "error", 1, true) then
      print("sign-in refused")
      os.exit(2)
    elseif phase == "posted" and status == 403 then
      cookie, csrf, phase = nil, nil, "anonymous" -- token refused: start again
    elseif phase == "token" and status == 200 and not is_login_page then
      csrf = string.match(body, 'name="_csrf" value="([^"]+)"')
      if csrf then phase = "ready" end
    end
    return
  end
  if is_login_page and mix_answered == 0 then
    return -- a late answer to a sign-in request of another connection
  end
  mix_answered = mix_answered + 1
  if status < 200 or status > 299 or is_login_page then
    errors_total = errors_total + 1
    last_error = status .. " " .. (header(headers, "location") or "") .. " " .. string.sub(body, 1, 120)
  end
end

function done(summary, latency, requests)
  io.write("------------------------------\n")
  io.write(string.format("requests %d, duration %.1f s, %.1f requests/s\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("latency p%d %.0f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("latency max %.0f ms, mean %.0f ms\n", latency.max / 1000, latency.mean / 1000))
  io.write(string.format("wrk errors: connect %d, read %d, write %d, status (non-2xx/3xx) %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  for _, t in ipairs(threads) do
    io.write(string.format("thread %d: sign-in requests %d, mix requests answered %d, errors %d %s\n",
      t:get("id"), t:get("signin_requests"), t:get("mix_answered"), t:get("errors_total"), t:get("last_error") or ""))
  end
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
end

-- While the thread signs in, its other connections wait a little instead of asking for /login
-- again and again (those requests would only crowd the latency figures).
function delay()
  return phase == "ready" and 0 or 200
end
