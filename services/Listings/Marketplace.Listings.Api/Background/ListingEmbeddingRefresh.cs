using Dapper;
using Marketplace.Embeddings;
using Microsoft.Extensions.Options;
using Npgsql;
using Pgvector;

namespace Marketplace.Listings.Api.Background;

/// <summary>
/// Re-embeds listings whose vector is missing or of another model (after a change of embedding model), in the
/// background, so search never compares vectors of two models (it filters on embedding_model).
/// </summary>
public sealed class ListingEmbeddingRefresh(
    NpgsqlDataSource dataSource, IEmbeddingProvider provider, EmbeddingBacklog backlog, IOptions<EmbeddingOptions> options,
    ILogger<ListingEmbeddingRefresh> logger) : EmbeddingRefreshWorker(provider, backlog, options, logger)
{
    protected override string Set => "job_listings";

    protected override async Task<long> CountBacklogAsync(string model, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "select count(*) from job_listings where embedding_model is distinct from @Model", new { Model = model }, cancellationToken: cancellationToken));
    }

    protected override async Task<int> RefreshBatchAsync(IEmbeddingProvider provider, int batchSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<StaleListing>(new CommandDefinition("""
            select id, title, job_category, required_skills || preferred_skills as skills, manufacturer_experience, description
            from job_listings where embedding_model is distinct from @Model
            order by id limit @Limit
            for update skip locked
            """, new { provider.Model, Limit = batchSize }, transaction, cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0)
        {
            return 0;
        }

        var vectors = await provider.EmbedManyAsync(
            rows.Select(r => ListingText.For(r.Title, r.JobCategory, r.Skills, r.ManufacturerExperience, r.Description)).ToList(), cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "update job_listings set embedding = @Vector, embedding_model = @Model where id = @Id",
                new { rows[i].Id, Vector = new Vector(vectors[i]), provider.Model }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    private sealed class StaleListing
    {
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public string JobCategory { get; init; } = "";
        public string[] Skills { get; init; } = [];
        public string[] ManufacturerExperience { get; init; } = [];
        public string Description { get; init; } = "";
    }
}
