-- The employer's name as job seekers see it on a card (a listing's own field: organizations have no directory yet);
-- an imported posting carries its board's company name.
alter table job_listings add column organization_name text;
