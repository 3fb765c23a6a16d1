-- Before an approver's code is checked. KEYS[1] lockout, KEYS[2] failure
-- times (sorted set), KEYS[3] index of lockouts, KEYS[4] a counter for
-- unique members. ARGV now, window, max_failures, lockout, approver.
-- Returns {1, n} (attempt n allowed) or {0, until} (locked out).
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local lockout = tonumber(ARGV[4])
local locked = tonumber(redis.call('GET', KEYS[1]))
if locked and locked > now then
  return {0, locked}
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
local n = redis.call('ZCARD', KEYS[2])
if n >= tonumber(ARGV[3]) then
  -- Attempts still in flight used up the window: lock now.
  local til = now + lockout
  redis.call('DEL', KEYS[2])
  redis.call('SET', KEYS[1], til, 'PX', math.max(1, lockout))
  redis.call('ZADD', KEYS[3], til, ARGV[5])
  return {0, til}
end
local member = redis.call('INCR', KEYS[4])
redis.call('ZADD', KEYS[2], now, member)
redis.call('PEXPIRE', KEYS[2], math.max(1, window))
return {1, n + 1}
