-- Issue 11: a sentence vector per distinct role alias text (and occupation name-and-description) and model, so
-- normalization compares titles by meaning as well as by words. Filled by RoleVectorRefresh in the background (resumable: rows already stored are skipped).
create table if not exists role_alias_vectors (
    embedding_model text not null,
    alias           text not null,
    embedding       vector(384) not null,
    created_at      timestamptz not null default now(),
    primary key (embedding_model, alias)
);
