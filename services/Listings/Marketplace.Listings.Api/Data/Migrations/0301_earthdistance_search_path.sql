-- Autovacuum (and any maintenance run) evaluates index expressions with an empty search_path, where
-- earthdistance's SQL function ll_to_earth cannot find its own earth() and cube(): "type earth does not exist",
-- so job_listings never got statistics (issue #9, item 13). Pin the search_path of the earthdistance functions
-- to the schemas of the two extensions.
do $$
declare
    earth_schema text := (select extnamespace::regnamespace::text from pg_extension where extname = 'earthdistance');
    cube_schema  text := (select extnamespace::regnamespace::text from pg_extension where extname = 'cube');
    f record;
begin
    for f in
        select p.oid::regprocedure as signature
        from pg_proc p join pg_depend d on d.objid = p.oid and d.deptype = 'e'
        join pg_extension e on e.oid = d.refobjid and e.extname = 'earthdistance'
        where p.prolang = (select oid from pg_language where lanname = 'sql')
    loop
        execute format('alter function %s set search_path = %I, %I', f.signature, earth_schema, cube_schema);
    end loop;
end
$$;
