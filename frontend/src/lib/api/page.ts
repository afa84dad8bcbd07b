/** A page of a list, as every paged endpoint of the API answers (`page` is 0-based). */
export type Page<T> = {
  items: T[];
  page: number;
  size: number;
  total: number;
};
