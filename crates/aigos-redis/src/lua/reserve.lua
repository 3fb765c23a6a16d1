-- Reserves an amount on an account and each of its ancestors, all or none.
-- KEYS[1..n] the accounts {spent, reserved} (micro-USD), KEYS[n+1] the
-- reservation counter. ARGV[1] the amount, ARGV[2..n+1] each account's
-- limit ('-' for none: the limits are the Guard's, from its registry),
-- ARGV[n+2] the key prefix of reservations, ARGV[n+3] a reservation's TTL.
-- Returns {1, id} or {0, index of the first account that cannot cover it, left}.
local n = #KEYS - 1
local amount = tonumber(ARGV[1])
for i = 1, n do
  local limit = ARGV[i + 1]
  if limit ~= '-' then
    local s = redis.call('HMGET', KEYS[i], 'spent', 'reserved')
    local used = (tonumber(s[1]) or 0) + (tonumber(s[2]) or 0)
    if used + amount > tonumber(limit) then
      return {0, i - 1, math.max(0, tonumber(limit) - used)}
    end
  end
end
for i = 1, n do
  redis.call('HINCRBY', KEYS[i], 'reserved', amount)
end
local id = redis.call('INCR', KEYS[n + 1])
local r = ARGV[n + 2] .. id
redis.call('HSET', r, 'amount', amount, 'accounts', table.concat(KEYS, '\n', 1, n))
redis.call('PEXPIRE', r, tonumber(ARGV[n + 3]))
return {1, id}
