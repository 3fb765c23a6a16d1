-- Raises the high-water mark. KEYS[1] the mark {v, h}; ARGV version, hash.
-- Returns {'ok'}, {'rollback', accepted} or {'conflict', accepted_hash}.
local m = redis.call('HMGET', KEYS[1], 'v', 'h')
local offered = tonumber(ARGV[1])
if m[1] then
  local accepted = tonumber(m[1])
  if offered < accepted then
    return {'rollback', m[1]}
  end
  if offered == accepted then
    if m[2] ~= ARGV[2] then
      return {'conflict', m[2]}
    end
    return {'ok'}
  end
end
redis.call('HSET', KEYS[1], 'v', ARGV[1], 'h', ARGV[2])
return {'ok'}
