package kr.academy.platform.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import kr.academy.platform.RedisStats;
import kr.academy.platform.clients.RedisConnection;
import org.redisson.api.redisnode.RedisMaster;
import org.redisson.api.redisnode.RedisNode;
import org.redisson.api.redisnode.RedisNodes;

/** {@link RedisStats} through the process's Redisson client: two {@code INFO} sections. */
@ApplicationScoped
public class RedissonStats implements RedisStats {

  @Inject RedisConnection redis;

  @Override
  public Usage read() {
    RedisMaster node = redis.client().getRedisNodes(RedisNodes.SINGLE).getInstance();
    Map<String, String> memory = node.info(RedisNode.InfoSection.MEMORY);
    Map<String, String> stats = node.info(RedisNode.InfoSection.STATS);
    return new Usage(
        number(memory, "used_memory"), number(memory, "maxmemory"), number(stats, "evicted_keys"));
  }

  private static long number(Map<String, String> section, String field) {
    String value = section.get(field);
    if (value == null) {
      throw new IllegalStateException("Redis INFO has no " + field);
    }
    return Long.parseLong(value.strip());
  }
}
