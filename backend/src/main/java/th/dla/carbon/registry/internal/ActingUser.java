package th.dla.carbon.registry.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** Who is acting, for audit events: the signed-in user, or the system when there is none. */
public final class ActingUser {

  public record Who(@Nullable UUID id, String name) {}

  public static final Who SYSTEM = new Who(null, "system");

  private ActingUser() {}

  public static Mono<Who> current() {
    return Mono.just(SYSTEM);
  }
}
