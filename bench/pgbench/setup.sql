-- The bid targets pgbench picks from, like the load generator: the 500 large fixed-price listings of the seed, with
-- their LAO's ledger account, and the 200 verified bench buyers. Kept in a schema of its own (bench), which the
-- product never reads.
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.target AS
  SELECT row_number() OVER (ORDER BY l.id) AS n, l.id AS listing_id, l.lao_code,
         (SELECT DISTINCT b.owner_account FROM registry.block b WHERE b.holder_type = 'LISTING' AND b.holder_id = l.id) AS account_id
  FROM market.listing l
  WHERE l.description LIKE 'bench listing 0 of %' AND l.state = 'OPEN' AND l.remaining > 100;
ALTER TABLE bench.target ADD PRIMARY KEY (n);
CREATE TABLE bench.buyer AS
  SELECT row_number() OVER (ORDER BY o.id) AS n, o.id AS buyer_id
  FROM identity.buyer_organisation o WHERE o.status = 'VERIFIED' AND o.email LIKE 'bench.buyer.%';
ALTER TABLE bench.buyer ADD PRIMARY KEY (n);
SELECT (SELECT count(*) FROM bench.target) AS targets, (SELECT count(*) FROM bench.buyer) AS buyers;
