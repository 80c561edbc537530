-- The order-line aggregation of `kaw transactions --transactions-file`, by the rules of
-- src/domain/transactions/README.md; the in-sheet engine (aggregate.ts) follows the same rules and a test holds the
-- two to the same TxAggregate.
--
-- Portable SQL: DuckDB, Trino and Spark SQL share every construct used here. Where they differ:
-- * regexp_like(s, p): Trino and Spark (3.2+) have it; DuckDB calls it regexp_matches (the CLI adds a macro).
-- * regexp_extract(s, p, i) runs only where regexp_like matched (Trino returns NULL on no match, the others '').
-- * No backslash anywhere (Spark unescapes string literals): [.] is a dot; chr(9) tab, chr(10) LF, chr(12) FF,
--   chr(13) CR, chr(39) ', chr(92) \ (chr only below 256: Spark's wraps above). Other characters are written as
--   they are (this file is UTF-8), e.g. the full-width forms ！…～ and the ideographic space.
-- * Integer division of x >= 0 by k is CAST((x - x % k) / k AS BIGINT): / divides integers in Trino and gives an
--   exact DOUBLE in DuckDB and Spark.
-- * Strings compare by UTF-8 bytes (code points) in all three: MIN and ORDER BY need no collation.
-- * Also shared, written the same in all three: row_number() OVER (ORDER BY x) (the ids of distinct texts; their
--   order does not matter), GROUP BY GROUPING SETS with grouping(col) (0 when col is a key of the row's set),
--   LEFT JOIN, and uncorrelated scalar subqueries (SELECT min(x) FROM t WHERE …) in a select list.
--
-- Input: order_lines(line_no BIGINT, date_text, customer, sku, product, quantity_text, unit_price_text,
-- amount_text VARCHAR): one row per order line, cells as text (NULL or '' when empty); line_no locates the line.
-- Statements: each starts with a line "-- @statement <name>". Materialise the first as a table named tx_groups
-- (DuckDB: CREATE TEMP TABLE tx_groups AS …; Trino: CREATE TABLE tx_groups AS …; Spark: CACHE TABLE tx_groups AS …):
-- rows of three grains (column grain): 'line', one per skipped line, one for the blank lines and one for all counted
-- ones; 'month', per customer text and month; 'sku', per customer, SKU and product text (each also per reason).
-- Small however many lines there are. Then run the others: their rows are what the CLI assembles into a TxAggregate.

-- @statement tx_groups
WITH
-- Folding: full-width ASCII and U+3000 to ASCII and space, tab/LF/FF/CR to space (translate), runs of spaces to
-- one (U+FDD0 U+FDD1, two noncharacters, stand for each space while the runs collapse), then trim.
k AS (
  SELECT '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　' || chr(9) || chr(10) || chr(12) || chr(13) AS fold_from,
    '!"#$%&' || chr(39) || '()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[' || chr(92)
      || ']^_`abcdefghijklmnopqrstuvwxyz{|}~     ' AS fold_to
),
-- Dates, once per distinct text (README "Dates").
date_f AS (
  SELECT t.date_text, trim(replace(replace(replace(
      CASE WHEN regexp_like(t.date_text, '[^ -~]') THEN translate(t.date_text, k.fold_from, k.fold_to) ELSE t.date_text END,
      ' ', '﷐﷑'), '﷑﷐', ''), '﷐﷑', ' ')) AS d
  FROM (SELECT DISTINCT coalesce(date_text, '') AS date_text FROM order_lines) t CROSS JOIN k
),
date_s AS (
  SELECT date_text, d,
    CASE WHEN regexp_like(d, ' [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$')
      THEN regexp_extract(d, '^(.*) [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$', 1) ELSE d END AS s
  FROM date_f
),
date_k AS (
  SELECT date_text, d, s,
    CASE WHEN regexp_like(s, '^[0-9]+([.][0-9]+)?$') THEN 1
      WHEN regexp_like(s, '^[0-9]{4}(-[0-9]{1,2}-|/[0-9]{1,2}/|[.][0-9]{1,2}[.])[0-9]{1,2}$') THEN 2
      WHEN regexp_like(s, '^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}[日号]?$') THEN 2
      WHEN regexp_like(s, '^[0-9]{1,2}(-[0-9]{1,2}-|/[0-9]{1,2}/|[.][0-9]{1,2}[.])[0-9]{4}$') THEN 3
      ELSE 0 END AS form
  FROM date_s
),
-- form 1: an Excel serial, the fraction dropped; forms 2 (y m d) and 3 (d m y or m d y): three numbers a, b, c.
date_n AS (
  SELECT date_text, d, form,
    CASE WHEN form = 1 THEN floor(CAST(s AS DOUBLE)) END AS sv,
    CASE WHEN form >= 2 THEN CAST(regexp_extract(s, '^([0-9]+)[^0-9]+([0-9]+)[^0-9]+([0-9]+)', 1) AS INTEGER) END AS a,
    CASE WHEN form >= 2 THEN CAST(regexp_extract(s, '^([0-9]+)[^0-9]+([0-9]+)[^0-9]+([0-9]+)', 2) AS INTEGER) END AS b,
    CASE WHEN form >= 2 THEN CAST(regexp_extract(s, '^([0-9]+)[^0-9]+([0-9]+)[^0-9]+([0-9]+)', 3) AS INTEGER) END AS c
  FROM date_k
),
-- d/m/yyyy or m/d/yyyy: a first number > 12 is the day, else a second > 12 (or an equal one) is; else ambiguous.
date_ymd AS (
  SELECT date_text, d, form,
    CASE WHEN form = 1 AND sv >= 1 AND sv <= 2958465 AND sv <> 60 THEN CAST(sv AS BIGINT) END AS serial_in,
    form = 3 AND a <= 12 AND b <= 12 AND a <> b AS ambiguous,
    CASE WHEN form = 2 THEN a WHEN form = 3 THEN c END AS y,
    CASE WHEN form = 2 THEN b WHEN form = 3 AND a > 12 THEN b WHEN form = 3 THEN a END AS m,
    CASE WHEN form = 2 THEN c WHEN form = 3 AND a > 12 THEN a WHEN form = 3 THEN b END AS dd
  FROM date_n
),
-- A written date must exist: year 1900–9999, month 1–12, day within its month (leap years: Gregorian).
date_v AS (
  SELECT date_text, d, serial_in, y, m, dd,
    CASE WHEN d = '' THEN 'blank' WHEN ambiguous THEN 'ambiguous' WHEN serial_in IS NOT NULL THEN 'ok'
      WHEN form >= 2 AND y BETWEEN 1900 AND 9999 AND m BETWEEN 1 AND 12 AND dd >= 1 AND dd <= CASE
        WHEN m = 2 THEN CASE WHEN y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0) THEN 29 ELSE 28 END
        WHEN m IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN 'ok'
      ELSE 'bad' END AS state,
    -- days since 0000-03-01 of a serial's day (H. Hinnant's civil_from_days, z = days since 1970-01-01 + 719468)
    serial_in + 693899 + CASE WHEN serial_in < 60 THEN 1 ELSE 0 END AS z
  FROM date_ymd
),
date_e AS (
  SELECT date_text, d, state, y, m, dd, serial_in, z,
    CAST((z - z % 146097) / 146097 AS BIGINT) AS era, z % 146097 AS doe,
    CASE WHEN m <= 2 THEN y - 1 ELSE y END AS yy, CASE WHEN m > 2 THEN m - 3 ELSE m + 9 END AS mq
  FROM date_v
),
date_t AS (
  SELECT date_text, d, state, y, m, dd, serial_in, era, doe, yy, mq,
    doe - CAST((doe - doe % 1460) / 1460 AS BIGINT) + CAST((doe - doe % 36524) / 36524 AS BIGINT)
      - CAST((doe - doe % 146096) / 146096 AS BIGINT) AS t
  FROM date_e
),
date_y AS (
  SELECT date_text, d, state, y, m, dd, serial_in, era, doe, yy, mq, CAST((t - t % 365) / 365 AS BIGINT) AS yoe
  FROM date_t
),
date_p AS (
  SELECT date_text, d, state, y, m, dd, serial_in, era, yoe, yy, mq,
    doe - 365 * yoe - CAST((yoe - yoe % 4) / 4 AS BIGINT) + CAST((yoe - yoe % 100) / 100 AS BIGINT) AS doy,
    -- days since 1899-12-30 of a written date (H. Hinnant's days_from_civil, shifted)
    CAST((yy - yy % 400) / 400 AS BIGINT) * 146097 + (yy % 400) * 365
      + CAST((yy % 400 - yy % 400 % 4) / 4 AS BIGINT) - CAST((yy % 400 - yy % 400 % 100) / 100 AS BIGINT)
      + CAST((153 * mq + 2 - (153 * mq + 2) % 5) / 5 AS BIGINT) + dd - 1 - 693899 AS days
  FROM date_y
),
-- serial: Excel's (1900-01-01 is 1, 1900-03-01 is 61); month_index: year × 12 + month − 1.
dates AS (
  SELECT date_text, d, state,
    CASE WHEN state <> 'ok' THEN NULL WHEN serial_in IS NOT NULL THEN serial_in
      WHEN days < 61 THEN days - 1 ELSE days END AS serial,
    CASE WHEN state <> 'ok' THEN NULL WHEN serial_in IS NULL THEN y * 12 + m - 1
      ELSE (yoe + era * 400) * 12 + 2 + CAST((5 * doy + 2 - (5 * doy + 2) % 153) / 153 AS BIGINT) END AS month_index
  FROM date_p
),
-- Customers (key: folded; name: trimmed spelling), SKU codes (folded) and product names (trimmed), once per text,
-- each text numbered (cust_id, sku_id, product_id): lines are grouped by these integers, the texts joined back after.
customers AS (
  SELECT customer, row_number() OVER (ORDER BY customer) AS cust_id, trim(replace(replace(replace(
      CASE WHEN regexp_like(customer, '[^ -~]') THEN translate(customer, k.fold_from, k.fold_to) ELSE customer END,
      ' ', '﷐﷑'), '﷑﷐', ''), '﷐﷑', ' ')) AS cust_key,
    regexp_replace(regexp_replace(customer, '^[ 　' || chr(9) || chr(10) || chr(12) || chr(13) || ']+', ''),
      '[ 　' || chr(9) || chr(10) || chr(12) || chr(13) || ']+$', '') AS cust_name
  FROM (SELECT DISTINCT coalesce(customer, '') AS customer FROM order_lines) t CROSS JOIN k
),
skus AS (
  SELECT sku, row_number() OVER (ORDER BY sku) AS sku_id, trim(replace(replace(replace(
      CASE WHEN regexp_like(sku, '[^ -~]') THEN translate(sku, k.fold_from, k.fold_to) ELSE sku END,
      ' ', '﷐﷑'), '﷑﷐', ''), '﷐﷑', ' ')) AS sku_key
  FROM (SELECT DISTINCT coalesce(sku, '') AS sku FROM order_lines) t CROSS JOIN k
),
products AS (
  SELECT product, row_number() OVER (ORDER BY product) AS product_id,
    regexp_replace(regexp_replace(product, '^[ 　' || chr(9) || chr(10) || chr(12) || chr(13) || ']+', ''),
      '[ 　' || chr(9) || chr(10) || chr(12) || chr(13) || ']+$', '') AS product_name
  FROM (SELECT DISTINCT coalesce(product, '') AS product FROM order_lines) t
),
-- Numbers (README "Numbers"), per line. A plain decimal (most cells) is read as it is; the rest is folded, loses
-- one leading ¥ ￥ $ RMB CNY USD (any case, optional space after) and every comma, "(x)" becomes "-x", and then it
-- must be a plain decimal. Each step runs only on the cells that are not plain.
num_f AS (
  SELECT o.line_no, o.date_text, o.customer, o.sku, o.product,
    o.quantity_text AS q0, o.unit_price_text AS p0, o.amount_text AS a0,
    o.quantity_text IS NOT NULL AND regexp_like(o.quantity_text, '^[+-]?[0-9]+([.][0-9]+)?$') AS q_plain,
    o.unit_price_text IS NOT NULL AND regexp_like(o.unit_price_text, '^[+-]?[0-9]+([.][0-9]+)?$') AS p_plain,
    o.amount_text IS NOT NULL AND regexp_like(o.amount_text, '^[+-]?[0-9]+([.][0-9]+)?$') AS a_plain
  FROM order_lines o
),
num_g AS (
  SELECT line_no, date_text, customer, sku, product, q0, p0, a0, q_plain, p_plain, a_plain,
    CASE WHEN q_plain THEN q0 ELSE trim(replace(replace(replace(CASE WHEN regexp_like(q0, '[^ -~]')
        THEN translate(q0, k.fold_from, k.fold_to) ELSE coalesce(q0, '') END,
        ' ', '﷐﷑'), '﷑﷐', ''), '﷐﷑', ' ')) END AS qf,
    CASE WHEN p_plain THEN p0 ELSE trim(replace(replace(replace(CASE WHEN regexp_like(p0, '[^ -~]')
        THEN translate(p0, k.fold_from, k.fold_to) ELSE coalesce(p0, '') END,
        ' ', '﷐﷑'), '﷑﷐', ''), '﷐﷑', ' ')) END AS pf,
    CASE WHEN a_plain THEN a0 ELSE trim(replace(replace(replace(CASE WHEN regexp_like(a0, '[^ -~]')
        THEN translate(a0, k.fold_from, k.fold_to) ELSE coalesce(a0, '') END,
        ' ', '﷐﷑'), '﷑﷐', ''), '﷐﷑', ' ')) END AS af
  FROM num_f CROSS JOIN k
),
num_s AS (
  SELECT line_no, date_text, customer, sku, product, q0, p0, a0, q_plain, p_plain, a_plain, qf, pf, af,
    CASE WHEN q_plain THEN q0
      ELSE replace(regexp_replace(qf, '^([¥￥$]|[Rr][Mm][Bb]|[Cc][Nn][Yy]|[Uu][Ss][Dd]) ?', ''), ',', '') END AS qs,
    CASE WHEN p_plain THEN p0
      ELSE replace(regexp_replace(pf, '^([¥￥$]|[Rr][Mm][Bb]|[Cc][Nn][Yy]|[Uu][Ss][Dd]) ?', ''), ',', '') END AS ps,
    CASE WHEN a_plain THEN a0
      ELSE replace(regexp_replace(af, '^([¥￥$]|[Rr][Mm][Bb]|[Cc][Nn][Yy]|[Uu][Ss][Dd]) ?', ''), ',', '') END AS as_
  FROM num_g
),
num_p AS (
  SELECT line_no, date_text, customer, sku, product, q0, p0, a0, q_plain, p_plain, a_plain, qf, pf, af,
    CASE WHEN NOT q_plain AND qs LIKE '(%)' THEN '-' || substr(qs, 2, length(qs) - 2) ELSE qs END AS qn,
    CASE WHEN NOT p_plain AND ps LIKE '(%)' THEN '-' || substr(ps, 2, length(ps) - 2) ELSE ps END AS pn,
    CASE WHEN NOT a_plain AND as_ LIKE '(%)' THEN '-' || substr(as_, 2, length(as_) - 2) ELSE as_ END AS an
  FROM num_s
),
num_v AS (
  SELECT line_no, date_text, customer, sku, product, q0, p0, a0,
    NOT q_plain AND qf = '' AS q_blank, NOT p_plain AND pf = '' AS p_blank, NOT a_plain AND af = '' AS a_blank,
    CASE WHEN q_plain THEN CAST(q0 AS DOUBLE)
      WHEN regexp_like(qn, '^[+-]?([0-9]+([.][0-9]+)?|[.][0-9]+)$') THEN CAST(qn AS DOUBLE) END AS qv,
    CASE WHEN p_plain THEN CAST(p0 AS DOUBLE)
      WHEN regexp_like(pn, '^[+-]?([0-9]+([.][0-9]+)?|[.][0-9]+)$') THEN CAST(pn AS DOUBLE) END AS pv,
    CASE WHEN a_plain THEN CAST(a0 AS DOUBLE)
      WHEN regexp_like(an, '^[+-]?([0-9]+([.][0-9]+)?|[.][0-9]+)$') THEN CAST(an AS DOUBLE) END AS av
  FROM num_p
),
-- README "A line": the first failing rule is the skip reason.
judged AS (
  SELECT n.line_no, n.q0, n.p0, n.a0, n.q_blank, n.p_blank, n.a_blank, n.qv, n.pv, n.av, d.serial, d.month_index,
    c.cust_id, s.sku_id, p.product_id, n.date_text, n.customer,
    CASE WHEN d.d = '' AND c.cust_key = '' AND n.q_blank AND n.p_blank AND n.a_blank THEN 'blank'
      WHEN d.d = '' THEN 'noDate'
      WHEN d.state = 'bad' THEN 'badDate'
      WHEN d.state = 'ambiguous' THEN 'ambiguousDate'
      WHEN c.cust_key = '' THEN 'noCustomer'
      WHEN NOT n.q_blank AND n.qv IS NULL THEN 'badNumber'
      WHEN NOT n.p_blank AND n.pv IS NULL THEN 'badNumber'
      WHEN NOT n.a_blank AND n.av IS NULL THEN 'badNumber'
      WHEN n.a_blank AND (n.q_blank OR n.p_blank) THEN 'noAmount' END AS reason
  FROM num_v n
  JOIN dates d ON d.date_text = coalesce(n.date_text, '')
  JOIN customers c ON c.customer = coalesce(n.customer, '')
  JOIN skus s ON s.sku = coalesce(n.sku, '')
  JOIN products p ON p.product = coalesce(n.product, '')
),
-- A counted line: amount (or quantity × unit price), −|amount| for a return; whole cents and thousandths.
counted AS (
  SELECT line_no, reason, date_text, customer, q0, p0, a0, q_blank, p_blank, a_blank, qv, pv, cust_id, sku_id,
    product_id, serial, month_index,
    CASE WHEN reason IS NOT NULL THEN NULL WHEN qv < 0 THEN -abs(CASE WHEN a_blank THEN qv * pv ELSE av END)
      WHEN a_blank THEN qv * pv ELSE av END AS amount,
    CASE WHEN reason IS NOT NULL THEN NULL WHEN q_blank THEN 0 ELSE qv END AS quantity
  FROM judged
),
-- One row per line, then grouped three ways in one pass (GROUPING SETS): by line (a skipped line, blank ones
-- excepted, stays a row of its own with its line, field and text), by customer and month, and by customer, SKU and
-- product; the texts as their integer ids, joined back on the groups.
one_line AS (
  SELECT CASE WHEN reason IS NULL OR reason = 'blank' THEN NULL ELSE line_no END AS line_no, reason,
    CASE reason WHEN 'noDate' THEN 'date' WHEN 'badDate' THEN 'date' WHEN 'ambiguousDate' THEN 'date'
      WHEN 'noCustomer' THEN 'customer' WHEN 'noAmount' THEN 'amount'
      WHEN 'badNumber' THEN CASE WHEN NOT q_blank AND qv IS NULL THEN 'quantity'
        WHEN NOT p_blank AND pv IS NULL THEN 'unitPrice' ELSE 'amount' END END AS field,
    -- the failing cell's text as it is (the CLI trims the few it lists)
    CASE reason WHEN 'badDate' THEN date_text WHEN 'ambiguousDate' THEN date_text WHEN 'noCustomer' THEN customer
      WHEN 'badNumber' THEN CASE WHEN NOT q_blank AND qv IS NULL THEN q0 WHEN NOT p_blank AND pv IS NULL THEN p0
        ELSE a0 END END AS value,
    cust_id, sku_id, product_id, serial, month_index,
    CASE WHEN amount < 0 THEN -1 ELSE 1 END * CAST(floor(abs(amount) * 100 + 0.5) AS BIGINT) AS cents,
    CASE WHEN quantity < 0 THEN -1 ELSE 1 END * CAST(floor(abs(quantity) * 1000 + 0.5) AS BIGINT) AS milli,
    CASE WHEN reason IS NULL AND a_blank THEN 1 ELSE 0 END AS computed,
    CASE WHEN reason IS NULL AND quantity < 0 THEN 1 ELSE 0 END AS is_return
  FROM counted
),
grouped AS (
  SELECT CASE WHEN grouping(line_no) = 0 THEN 'line' WHEN grouping(month_index) = 0 THEN 'month' ELSE 'sku' END
      AS grain,
    line_no, reason, field, value, cust_id, sku_id, product_id, month_index,
    count(*) AS line_count, max(serial) AS last_serial, sum(cents) AS cents, sum(milli) AS milli,
    sum(computed) AS computed_lines, sum(is_return) AS return_lines
  FROM one_line
  GROUP BY GROUPING SETS ((line_no, reason, field, value), (reason, cust_id, month_index),
    (reason, cust_id, sku_id, product_id))
)
-- The key and name texts joined back on the groups (far fewer than the lines).
SELECT g.grain, g.line_no, g.reason, g.field, g.value, c.cust_key, c.cust_name, s.sku_key, p.product_name,
  g.month_index, g.line_count, g.last_serial, g.cents, g.milli, g.computed_lines, g.return_lines
FROM grouped g
LEFT JOIN customers c ON c.cust_id = g.cust_id
LEFT JOIN skus s ON s.sku_id = g.sku_id
LEFT JOIN products p ON p.product_id = g.product_id

-- @statement counts
SELECT sum(line_count) AS rows_read,
  sum(CASE WHEN reason = 'blank' THEN line_count ELSE 0 END) AS blank,
  sum(CASE WHEN reason = 'noDate' THEN line_count ELSE 0 END) AS no_date,
  sum(CASE WHEN reason = 'badDate' THEN line_count ELSE 0 END) AS bad_date,
  sum(CASE WHEN reason = 'ambiguousDate' THEN line_count ELSE 0 END) AS ambiguous_date,
  sum(CASE WHEN reason = 'noCustomer' THEN line_count ELSE 0 END) AS no_customer,
  sum(CASE WHEN reason = 'badNumber' THEN line_count ELSE 0 END) AS bad_number,
  sum(CASE WHEN reason = 'noAmount' THEN line_count ELSE 0 END) AS no_amount,
  sum(computed_lines) AS amounts_computed, sum(return_lines) AS return_lines,
  (SELECT min(month_index) FROM tx_groups WHERE grain = 'month' AND reason IS NULL) AS first_month,
  (SELECT max(month_index) FROM tx_groups WHERE grain = 'month' AND reason IS NULL) AS last_month
FROM tx_groups WHERE grain = 'line'

-- @statement customers
SELECT cust_key, min(cust_name) AS name, max(last_serial) AS last_order
FROM tx_groups WHERE grain = 'month' AND reason IS NULL
GROUP BY cust_key
ORDER BY cust_key

-- @statement customer_months
SELECT cust_key, month_index, sum(cents) AS cents, sum(milli) AS milli
FROM tx_groups WHERE grain = 'month' AND reason IS NULL
GROUP BY cust_key, month_index

-- @statement customer_skus
SELECT cust_key, sku_key, min(CASE WHEN product_name <> '' THEN product_name END) AS product,
  sum(cents) AS cents, sum(milli) AS milli
FROM tx_groups WHERE grain = 'sku' AND reason IS NULL
GROUP BY cust_key, sku_key
ORDER BY cust_key, cents DESC, sku_key

-- @statement skus
SELECT sku_key, min(CASE WHEN product_name <> '' THEN product_name END) AS product,
  sum(cents) AS cents, sum(milli) AS milli
FROM tx_groups WHERE grain = 'sku' AND reason IS NULL
GROUP BY sku_key
ORDER BY cents DESC, sku_key

-- @statement issues
SELECT line_no, reason, field, value
FROM tx_groups WHERE grain = 'line' AND reason IS NOT NULL AND reason <> 'blank'
ORDER BY line_no
LIMIT 1000
