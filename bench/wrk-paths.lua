-- wrk script of the recaps benchmark (run by bench/wrk.sh): cycles through a file of request
-- paths and prints the run as ONE line `RESULT {json}` with the fields of
-- dev.recaps.bench.Latencies, so HttpBench reads it exactly like the output of LoadClient.
--
--   wrk ... -s bench/wrk-paths.lua URL -- PATHS_FILE OK_PREFIX THREADS
--
-- PATHS_FILE: one request path per line (e.g. /api/search?q=...). OK_PREFIX: a response is
-- answered when its status is 200 and its body starts with it; anything else is an error.
-- THREADS: wrk's -t, so thread i starts at path #paths * i / THREADS, like LoadLoop's threads.
--
-- Accounting (wrk gives latencies and the duration in microseconds; converted to ms and s):
--   requests = wrk's completed responses - failed responses (only answered requests count)
--   errors   = failed responses (status != 200 or wrong prefix) + socket connect/read/write
--              errors + timeouts
--   p50Ms, p99Ms, maxMs: wrk's latency histogram, which holds every completed response (failed
--              ones included: wrk does not tell the script a response's latency, so they cannot
--              be taken out; in a run with errors == 0 it is exactly the answered requests)
--   firstError: "HTTP <status>: <first 200 bytes of the body>" of the first failed response
--              (the first thread's first, then the next thread's), or the socket error counts.
--              wrk does not tell the script which request a response answers, so unlike
--              LoadClient it cannot name the path; the body usually does.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local file = args[1] or error("usage: wrk ... -s wrk-paths.lua URL -- PATHS_FILE OK_PREFIX THREADS")
  ok_prefix = args[2] or ""
  local thread_count = tonumber(args[3]) or 1
  requests_of = {}
  for line in io.lines(file) do
    if line ~= "" then
      table.insert(requests_of, wrk.format("GET", line))
    end
  end
  if #requests_of == 0 then
    error("no request paths in " .. file)
  end
  -- request() below adds 1 before it picks, so the first pick is the offset itself (wrk calls
  -- request() once more on the first thread to check the script, which shifts it by one).
  next_index = math.floor(#requests_of * id / thread_count) - 1
  failed = 0
  first_error = nil
end

function request()
  next_index = (next_index + 1) % #requests_of
  return requests_of[next_index + 1]
end

function response(status, headers, body)
  if status ~= 200 or body:sub(1, #ok_prefix) ~= ok_prefix then
    failed = failed + 1
    if first_error == nil then
      -- 200 bytes, without a UTF-8 sequence the cut left incomplete at the end.
      local head = body:sub(1, 200):gsub("[\192-\255][\128-\191]*$", "")
      first_error = "HTTP " .. status .. ": " .. head
    end
  end
end

local function json_string(s)
  if s == nil then
    return "null"
  end
  s = s:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' end
    if c == "\\" then return "\\\\" end
    return string.format("\\u%04x", c:byte())
  end)
  return '"' .. s .. '"'
end

local function num(x)
  return string.format("%.6f", x)
end

function done(summary, latency, requests)
  local failed_responses = 0
  local first_error = nil
  for _, thread in ipairs(threads) do
    failed_responses = failed_responses + (thread:get("failed") or 0)
    first_error = first_error or thread:get("first_error")
  end
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  if first_error == nil and socket_errors > 0 then
    first_error = string.format("socket errors: connect %d, read %d, write %d, timeout %d",
      e.connect, e.read, e.write, e.timeout)
  end
  local answered = summary.requests - failed_responses
  local seconds = summary.duration / 1e6
  io.write("RESULT {",
    '"requests":', answered,
    ',"errors":', failed_responses + socket_errors,
    ',"seconds":', num(seconds),
    ',"qps":', num(seconds > 0 and answered / seconds or 0),
    ',"p50Ms":', num(latency:percentile(50) / 1000),
    ',"p99Ms":', num(latency:percentile(99) / 1000),
    ',"maxMs":', num(latency.max / 1000),
    ',"firstError":', json_string(first_error),
    "}\n")
end
