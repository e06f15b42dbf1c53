-- wrk script: each request registers a new student (unique name per thread and request).
-- thread_id is a global on purpose: setup() sets it in each thread's own Lua state.
local counter = 0
local id_source = 0

function setup(thread)
  id_source = id_source + 1
  thread:set("thread_id", id_source)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
  run_id = os.getenv("BENCH_RUN") or "0"
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"name":"부하%s-%d-%d","parentPhone":"0106%07d","school":"벤치중학교","grade":"중1"}',
    run_id, thread_id, counter, (thread_id * 1000000 + counter) % 10000000)
  return wrk.format(nil, nil, nil, body)
end
