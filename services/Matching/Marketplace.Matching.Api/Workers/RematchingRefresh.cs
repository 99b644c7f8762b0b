using Dapper;
using Marketplace.Embeddings;
using Microsoft.Extensions.Options;
using Npgsql;
using Pgvector;

namespace Marketplace.Matching.Api.Workers;

/// <summary>
/// Embeds the rows of one table that are stale (new, changed, or of another model), then (re)matches each, in one
/// transaction per batch: the shape both jobs and profiles share. A derived class names the table, what "stale"
/// means, the columns to read, the bounded text to embed and the match to run.
/// </summary>
public abstract class RematchingRefresh<TRow>(
    NpgsqlDataSource dataSource, IEmbeddingProvider provider, EmbeddingBacklog backlog, IOptions<EmbeddingOptions> options, ILogger logger)
    : EmbeddingRefreshWorker(provider, backlog, options, logger)
{
    /// <summary>The table (a constant, never input).</summary>
    protected abstract string Table { get; }

    /// <summary>Its key column.</summary>
    protected abstract string Key { get; }

    /// <summary>The condition of a stale row; <c>@Model</c> is the current model.</summary>
    protected abstract string Stale { get; }

    /// <summary>The columns <typeparamref name="TRow"/> needs.</summary>
    protected abstract string Columns { get; }

    protected abstract Guid IdOf(TRow row);

    protected abstract string TextOf(TRow row);

    protected abstract Task MatchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken);

    protected override string Set => Table;

    protected override async Task<long> CountBacklogAsync(string model, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"select count(*) from {Table} where {Stale}", new { Model = model }, cancellationToken: cancellationToken));
    }

    protected override async Task<int> RefreshBatchAsync(IEmbeddingProvider provider, int batchSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<TRow>(new CommandDefinition($"""
            select {Columns} from {Table}
            where {Stale}
            order by updated_at limit @Limit
            for update skip locked
            """, new { provider.Model, Limit = batchSize }, transaction, cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0)
        {
            return 0;
        }

        var vectors = await provider.EmbedManyAsync(rows.Select(TextOf).ToList(), cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"update {Table} set embedding = @Vector, embedding_model = @Model where {Key} = @Id",
                new { Id = IdOf(rows[i]), Vector = new Vector(vectors[i]), provider.Model }, transaction, cancellationToken: cancellationToken));
            await MatchAsync(connection, transaction, IdOf(rows[i]), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }
}
