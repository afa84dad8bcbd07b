package th.dla.carbon.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.CurrentActor;
import th.dla.carbon.identity.Role;
import th.dla.carbon.identity.Users;

@RestController
@Tag(name = "Authentication")
class MeController {

  record MeResponse(UUID id, String username, String displayName, List<Role> roles, List<String> laoCodes,
      List<String> provinceCodes, @Nullable UUID buyerId) {}

  private final Users users;

  MeController(Users users) {
    this.users = users;
  }

  @GetMapping("/api/v1/me")
  @Operation(summary = "The signed-in person, with current roles and tenants")
  Mono<MeResponse> me() {
    // read the grants afresh: the token may be up to a few minutes older than a role change
    return CurrentActor.require().flatMap(caller -> users.actor(caller.userId())).map(MeController::response);
  }

  private static MeResponse response(Actor actor) {
    return new MeResponse(actor.userId(), actor.username(), actor.displayName(),
        actor.roles().stream().sorted().toList(), actor.laoCodes().stream().sorted().toList(),
        actor.provinceCodes().stream().sorted().toList(), actor.buyerId());
  }
}
