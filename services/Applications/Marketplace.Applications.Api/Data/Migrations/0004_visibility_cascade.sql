-- Listings widens a listing's visibility over time (its tier cascade) without an event, so the read model keeps the
-- cascade and evaluates it in the query, exactly as Listings' listing_effective_visibility does (ADR 0070).
alter table listings add column visibility_cascade jsonb;

create function listing_effective_visibility(base text, cascade jsonb, published_at timestamptz)
returns text
language sql stable parallel safe
as $$
    select case
        when cascade is null or published_at is null then base
        else coalesce((
            select step ->> 'visibility'
            from jsonb_array_elements(cascade) as step
            where published_at + make_interval(secs => (step ->> 'after_hours')::double precision * 3600) <= now()
            order by (step ->> 'after_hours')::double precision desc
            limit 1), base)
    end
$$;
