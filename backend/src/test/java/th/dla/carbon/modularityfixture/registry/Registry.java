package th.dla.carbon.modularityfixture.registry;

/** The fixture registry module's public API. */
public class Registry {
  public long available() {
    return 0;
  }
}
