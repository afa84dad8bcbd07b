package th.dla.carbon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import th.dla.carbon.CarbonMarketApplication;
import th.dla.carbon.modularityfixture.FixtureApplication;

/** Modules may use each other's top-level (API) types only, and must not depend on each other in a cycle. */
class ModularityTest {

  @Test
  void modulesOnlyUseEachOthersPublicApi() {
    ApplicationModules modules = ApplicationModules.of(CarbonMarketApplication.class);

    modules.verify();

    assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
        .contains("directory", "platform", "demo");
  }

  @Test
  void theCheckFailsWhenAModuleReachesIntoAnotherModulesInternals() {
    // the fixture's "market" module uses a class from the "registry" module's internal persistence package
    // the fixture lives in test sources, which the default import leaves out, so import every location here
    ApplicationModules modules = ApplicationModules.of(FixtureApplication.class, location -> true);

    assertThatThrownBy(modules::verify)
        .isInstanceOf(Violations.class)
        .hasMessageContaining("registry.persistence.BlockRow");
  }
}
