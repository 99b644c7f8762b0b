using Dapper;
using Marketplace.Embeddings;
using Marketplace.Matching.Api.Data;
using Marketplace.Matching.Api.Matching;
using Microsoft.Extensions.Options;
using Npgsql;
using Pgvector;

namespace Marketplace.Matching.Api.Workers;

/// <summary>
/// Embeds jobs that are new, changed, or of another model, then (re)matches them against every candidate they reach,
/// in one transaction per batch. This is how a published, updated or imported job gets matched.
/// </summary>
public sealed class JobEmbeddingRefresh(
    NpgsqlDataSource dataSource, IEmbeddingProvider provider, MatchEngine engine, EmbeddingBacklog backlog,
    IOptions<EmbeddingOptions> options, ILogger<JobEmbeddingRefresh> logger) : EmbeddingRefreshWorker(provider, backlog, options, logger)
{
    protected override string Set => "job_requirements";

    protected override async Task<long> CountBacklogAsync(string model, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "select count(*) from job_requirements where status = 'active' and embedding_model is distinct from @Model",
            new { Model = model }, cancellationToken: cancellationToken));
    }

    protected override async Task<int> RefreshBatchAsync(IEmbeddingProvider provider, int batchSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var jobs = (await connection.QueryAsync<JobRow>(new CommandDefinition($"""
            select {JobRow.Columns} from job_requirements j
            where j.status = 'active' and j.embedding_model is distinct from @Model
            order by j.updated_at limit @Limit
            for update skip locked
            """, new { provider.Model, Limit = batchSize }, transaction, cancellationToken: cancellationToken))).ToList();
        if (jobs.Count == 0)
        {
            return 0;
        }

        var vectors = await provider.EmbedManyAsync(jobs.Select(j => j.EmbeddingText).ToList(), cancellationToken);
        for (var i = 0; i < jobs.Count; i++)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "update job_requirements set embedding = @Vector, embedding_model = @Model where listing_id = @Id",
                new { Id = jobs[i].ListingId, Vector = new Vector(vectors[i]), provider.Model }, transaction, cancellationToken: cancellationToken));
            await engine.MatchJobAsync(connection, transaction, jobs[i].ListingId, "job_changed", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return jobs.Count;
    }
}
