-- Closes a challenge. KEYS[1] the challenge hash; ARGV now, id, prefix of
-- the (agent, action) pointers, prefix of the agents' indexes.
-- Returns 1 if this call closed an open challenge.
local h = redis.call('HMGET', KEYS[1], 'agent', 'ahash', 'expires_at')
if not h[1] then
  return 0
end
redis.call('DEL', KEYS[1])
redis.call('ZREM', ARGV[4] .. h[1], ARGV[2])
local pointer = ARGV[3] .. h[1] .. ':' .. h[2]
if redis.call('GET', pointer) == ARGV[2] then
  redis.call('DEL', pointer)
end
if tonumber(h[3]) <= tonumber(ARGV[1]) then
  return 0
end
return 1
