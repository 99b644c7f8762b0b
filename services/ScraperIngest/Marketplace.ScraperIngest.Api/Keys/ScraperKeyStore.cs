using Dapper;
using Npgsql;

namespace Marketplace.ScraperIngest.Api.Keys;

public sealed class ScraperKeyStore(NpgsqlDataSource dataSource)
{
    public async Task<CreatedKey> CreateAsync(string name, CancellationToken cancellationToken)
    {
        var key = ApiKeyHasher.NewKey();
        var id = Guid.CreateVersion7();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(
            "insert into scraper_keys (id, name, key_hash) values (@Id, @Name, @Hash)",
            new { Id = id, Name = name, Hash = ApiKeyHasher.Hash(key) });
        return new CreatedKey(id, name, key);
    }

    public async Task<IReadOnlyList<ScraperKeySummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var keys = await connection.QueryAsync<ScraperKeySummary>("""
            select id, name, active, created_at, revoked_at, last_used_at, request_count
            from scraper_keys
            order by created_at desc
            """);
        return keys.ToList();
    }

    /// <summary>False when no such key exists; revoking twice is harmless and keeps the first revocation time.</summary>
    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync("""
            update scraper_keys
            set active = false, revoked_at = coalesce(revoked_at, now())
            where id = @Id
            """, new { Id = id }) == 1;
    }
}
