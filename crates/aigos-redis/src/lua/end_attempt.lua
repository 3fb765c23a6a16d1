-- After the check. KEYS as begin_attempt; ARGV now, window, max_failures,
-- lockout, approver, succeeded (1/0). Returns the lockout's end, or -1.
local now = tonumber(ARGV[1])
if redis.call('EXISTS', KEYS[2]) == 0 then
  return -1
end
if ARGV[6] == '1' then
  redis.call('ZPOPMAX', KEYS[2])
  return -1
end
local n = redis.call('ZCOUNT', KEYS[2], '(' .. (now - tonumber(ARGV[2])), '+inf')
if n < tonumber(ARGV[3]) then
  return -1
end
local lockout = tonumber(ARGV[4])
local til = now + lockout
redis.call('DEL', KEYS[2])
redis.call('SET', KEYS[1], til, 'PX', math.max(1, lockout))
redis.call('ZADD', KEYS[3], til, ARGV[5])
return til
