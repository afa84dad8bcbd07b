package th.dla.carbon.directory.persistence;

import th.dla.carbon.directory.LaoType;

/** Filters of the public LAO search; null means "any". {@code query} is matched as a lower-case substring. */
public record LaoCriteria(String provinceCode, LaoType type, String query, long offset, int limit) {}
