package th.dla.carbon.registry.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.CurrentActor;

/** Who is acting, for audit events: the signed-in person, or the system when there is none (demo loader, jobs). */
public final class ActingUser {

  public record Who(@Nullable UUID id, String name) {}

  public static final Who SYSTEM = new Who(null, "system");

  private ActingUser() {}

  public static Mono<Who> current() {
    return CurrentActor.get().map(actor -> new Who(actor.userId(), actor.username())).defaultIfEmpty(SYSTEM);
  }
}
