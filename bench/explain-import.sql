-- The chunk lookup of JdbcStudentImportRepository (FIND_BY_KEYS), prepared as the JDBC driver
-- prepares it, run for 500 keys of the academy :tenant. Each key must be an index probe of the
-- partial index on (tenant_id, name, parent_phone), never a scan of the academy's students.
SELECT set_config('app.tenant_id', :'tenant', false) \gset
SELECT array_agg(name) AS names, array_agg(parent_phone) AS phones
  FROM (SELECT name, parent_phone FROM student WHERE tenant_id = :tenant
        ORDER BY id OFFSET 40000 LIMIT 500) keys \gset
PREPARE lookup(varchar[], varchar[], bigint, bigint) AS
  SELECT s.id, s.name, s.parent_phone, s.phone, s.school, s.grade, s.memo, s.deleted_at
    FROM unnest($1::varchar[], $2::varchar[]) AS k(name, parent_phone)
    CROSS JOIN LATERAL (
      (SELECT s.id, s.name, s.parent_phone, s.phone, s.school, s.grade, s.memo, s.deleted_at
         FROM student s WHERE s.tenant_id = (SELECT $3::bigint) AND s.name = k.name
          AND s.parent_phone = k.parent_phone AND s.deleted_at IS NULL LIMIT 1)
      UNION ALL
      (SELECT s.id, s.name, s.parent_phone, s.phone, s.school, s.grade, s.memo, s.deleted_at
         FROM student s WHERE s.tenant_id = (SELECT $4::bigint) AND s.name = k.name
          AND s.parent_phone = k.parent_phone AND s.deleted_at IS NOT NULL
        ORDER BY s.deleted_at DESC LIMIT 1)
      LIMIT 1) s;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF)
  EXECUTE lookup(:'names', :'phones', :tenant, :tenant);
