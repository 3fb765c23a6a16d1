-- GCRA with progressive penalties and blocking, one key per agent.
-- KEYS[1] the agent's hash {tat, v (violations), pu (penalty until), b (blocked)}
-- ARGV now, interval, tolerance, penalty_base, penalty_max, block_after,
--      violation_window, idle (all milliseconds or counts)
-- Returns {kind, a, b}: kind 0 allowed (a = recent actions), 1 limited
-- (a = until, b = violations), 2 penalized (a = until), 3 blocked (b = 1
-- when this call blocked it).
local k = KEYS[1]
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local tolerance = tonumber(ARGV[3])
local pbase = tonumber(ARGV[4])
local pmax = tonumber(ARGV[5])
local block_after = tonumber(ARGV[6])
local vwin = tonumber(ARGV[7])
local idle = tonumber(ARGV[8])
local s = redis.call('HMGET', k, 'tat', 'v', 'pu', 'b')
if s[4] == '1' then
  return {3, 0, 0}
end
local tat = tonumber(s[1]) or 0
local v = tonumber(s[2]) or 0
local pu = tonumber(s[3]) or 0
if now < pu then
  return {2, pu, 0}
end
if tat < now then
  tat = now
end
if tat - now > tolerance then
  -- Violations add up while each comes within the window of the end of
  -- the previous penalty; a quiet window forgives them.
  if now - pu > vwin then
    v = 0
  end
  v = v + 1
  if v >= block_after then
    redis.call('HSET', k, 'b', '1', 'v', v)
    -- A block lasts until an operator lifts it.
    redis.call('PERSIST', k)
    return {3, 0, 1}
  end
  local pen = pbase * math.pow(2, v - 1)
  if pen > pmax then
    pen = pmax
  end
  pu = now + pen
  redis.call('HSET', k, 'v', v, 'pu', pu)
  redis.call('PEXPIRE', k, math.max(tat - now, pen + vwin) + idle)
  return {1, pu, v}
end
tat = tat + interval
redis.call('HSET', k, 'tat', tat)
local keep = tat - now
if pu + vwin - now > keep then
  keep = pu + vwin - now
end
redis.call('PEXPIRE', k, keep + idle)
return {0, math.ceil((tat - now) / interval), 0}
