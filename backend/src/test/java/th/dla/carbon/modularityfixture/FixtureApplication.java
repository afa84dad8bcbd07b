package th.dla.carbon.modularityfixture;

/** A miniature application used only to prove that ModularityTest notices a boundary violation. */
@org.springframework.modulith.Modulithic
public class FixtureApplication {}
