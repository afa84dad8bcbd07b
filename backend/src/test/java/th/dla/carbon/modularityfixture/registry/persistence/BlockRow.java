package th.dla.carbon.modularityfixture.registry.persistence;

/** Internal to the fixture's registry module. */
public record BlockRow(long first, long last) {}
