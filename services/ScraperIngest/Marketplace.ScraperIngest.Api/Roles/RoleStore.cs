using Dapper;
using Npgsql;

namespace Marketplace.ScraperIngest.Api.Roles;

public sealed class RoleStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, name, aliases, category, candidate_count, queue_status, priority, last_scraped_at, total_jobs_scraped";

    public async Task<PagedList<ScrapeRole>> ListAsync(string? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var args = new { Status = status, Limit = pageSize, Offset = (page - 1) * pageSize };
        var total = await connection.ExecuteScalarAsync<long>(
            "select count(*) from scrape_roles where @Status::text is null or queue_status = @Status", args);
        var items = await connection.QueryAsync<ScrapeRole>($"""
            select {Columns}
            from scrape_roles
            where @Status::text is null or queue_status = @Status
            order by priority_rank, candidate_count desc, name
            limit @Limit offset @Offset
            """, args);
        return new PagedList<ScrapeRole>(items.ToList(), total, page, pageSize, page * pageSize < total);
    }

    /// <summary>Null when a role of that name (case-insensitive) exists already.</summary>
    public async Task<ScrapeRole?> CreateAsync(string name, IReadOnlyList<string> aliases, string? category, string priority, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ScrapeRole>($"""
            insert into scrape_roles (id, name, aliases, category, priority)
            values (@Id, @Name, @Aliases, @Category, @Priority)
            on conflict do nothing
            returning {Columns}
            """, new { Id = Guid.CreateVersion7(), Name = name, Aliases = aliases.ToArray(), Category = category, Priority = priority });
    }

    public async Task<ScrapeRole?> AddAliasesAsync(Guid id, IReadOnlyList<string> aliases, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ScrapeRole>($"""
            update scrape_roles
            set aliases = aliases || array(select a from unnest(@Aliases::text[]) a where not (lower(a) = any(select lower(x) from unnest(aliases) x)))
            where id = @Id
            returning {Columns}
            """, new { Id = id, Aliases = aliases.ToArray() });
    }
}
