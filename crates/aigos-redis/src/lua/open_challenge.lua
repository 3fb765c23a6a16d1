-- Opens a challenge, or returns the open one for the same agent and action.
-- KEYS[1] the challenge hash, KEYS[2] the (agent, action) pointer,
-- KEYS[3] the agent's index of open challenges (sorted by expiry).
-- ARGV now, id, agent, ahash, expires_at, per_agent, key prefix of challenges.
local now = tonumber(ARGV[1])
local existing = redis.call('GET', KEYS[2])
if existing then
  local h = redis.call('HMGET', ARGV[7] .. existing, 'agent', 'ahash', 'expires_at', 'id')
  if h[1] and tonumber(h[3]) > now then
    return {1, h[1], h[2], h[3], h[4]}
  end
end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[6]) then
  return {0}
end
local expires = tonumber(ARGV[5])
local ttl = math.max(1, expires - now)
redis.call('HSET', KEYS[1], 'agent', ARGV[3], 'ahash', ARGV[4], 'expires_at', ARGV[5], 'id', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('SET', KEYS[2], ARGV[2], 'PX', ttl)
redis.call('ZADD', KEYS[3], expires, ARGV[2])
if redis.call('PTTL', KEYS[3]) < ttl then
  redis.call('PEXPIRE', KEYS[3], ttl)
end
return {2}
