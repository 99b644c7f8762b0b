-- The shared embedding space (issue 11): all-MiniLM-L6-v2's 384 dimensions, and the model each vector was made with.
-- Stored 256-d vectors are of the old hashed model: they are cleared and re-embedded by EmbeddingRefreshWorker.
drop index if exists ix_job_listings_embedding;
alter table job_listings alter column embedding type vector(384) using null;
alter table job_listings add column if not exists embedding_model text;
create index if not exists ix_job_listings_embedding on job_listings using hnsw (embedding vector_cosine_ops);
create index if not exists ix_job_listings_embedding_model on job_listings (embedding_model);
