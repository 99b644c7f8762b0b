using Dapper;
using Marketplace.Embeddings;
using Marketplace.Matching.Api.Roles;
using Microsoft.Extensions.Options;
using Npgsql;
using Pgvector;

namespace Marketplace.Matching.Api.Workers;

/// <summary>
/// Stores a vector for every distinct role alias (about 39k O*NET titles; a few minutes of MiniLM on 2 cores) and
/// every occupation's name and description, in batches and off the request path, then attaches them to the role index. Idempotent and resumable: it walks the
/// aliases in order, asks the database which of the next few hundred are missing for the current model, and embeds
/// only those, so a restart skips what is stored and two instances never duplicate a row. The backlog shows as
/// "role_aliases" in the embeddings health entry.
/// </summary>
public sealed class RoleVectorRefresh(
    NpgsqlDataSource dataSource, RoleCatalog catalog, IEmbeddingProvider provider, EmbeddingBacklog backlog,
    IOptions<EmbeddingOptions> options, ILogger<RoleVectorRefresh> logger) : EmbeddingRefreshWorker(provider, backlog, options, logger)
{
    private const int Window = 512;

    private List<string>? aliases;
    private int position;

    protected override string Set => "role_aliases";

    private bool Done(string model) => !catalog.UsesVectors || catalog.VectorModel == model;

    private List<string> Aliases => aliases ??= catalog.Index.AliasTexts.Concat(catalog.Index.OccupationTexts)
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    protected override async Task<long> CountBacklogAsync(string model, CancellationToken cancellationToken)
    {
        if (Done(model))
        {
            return 0;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var stored = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "select count(*) from role_alias_vectors where embedding_model = @Model", new { Model = model }, cancellationToken: cancellationToken));
        return Math.Max(0, Aliases.Count - stored);
    }

    protected override async Task<int> RefreshBatchAsync(IEmbeddingProvider provider, int batchSize, CancellationToken cancellationToken)
    {
        if (Done(provider.Model))
        {
            return 0;
        }

        // Titles are short (hundreds a second), so a batch holds several times the rows of a long-text batch.
        var size = Math.Max(64, batchSize * 4);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        while (position < Aliases.Count)
        {
            var window = Aliases.Skip(position).Take(Window).ToArray();
            var missing = (await connection.QueryAsync<string>(new CommandDefinition("""
                select t from unnest(@Texts) t
                where not exists (select 1 from role_alias_vectors v where v.embedding_model = @Model and v.alias = t)
                limit @Limit
                """, new { Texts = window, provider.Model, Limit = size }, cancellationToken: cancellationToken))).ToList();
            if (missing.Count == 0)
            {
                position += window.Length;
                continue;
            }

            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var vectors = await provider.EmbedManyAsync(missing, cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            for (var i = 0; i < missing.Count; i++)
            {
                await connection.ExecuteAsync(new CommandDefinition("""
                    insert into role_alias_vectors (embedding_model, alias, embedding) values (@Model, @Alias, @Vector)
                    on conflict do nothing
                    """, new { provider.Model, Alias = missing[i], Vector = new Vector(vectors[i]) }, transaction, cancellationToken: cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);

            // A long, low-priority fill (minutes of the model): rest as long as the batch took, so job and profile
            // refreshes and requests keep at least half of the CPU meanwhile.
            await Task.Delay(System.Diagnostics.Stopwatch.GetElapsedTime(started), cancellationToken);
            return missing.Count;
        }

        await AttachAsync(connection, provider.Model, cancellationToken);
        return 0;
    }

    private async Task AttachAsync(NpgsqlConnection connection, string model, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, float[]>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("select alias, embedding from role_alias_vectors where embedding_model = @model", connection))
        {
            command.Parameters.AddWithValue("model", model);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stored[reader.GetString(0)] = reader.GetFieldValue<Vector>(1).ToArray();
            }
        }

        var texts = catalog.Index.AliasTexts;
        var occupations = catalog.Index.OccupationTexts;
        if (texts.Concat(occupations).Any(t => !stored.ContainsKey(t)))
        {
            // Rows removed meanwhile (or a model change elsewhere): walk the aliases again.
            position = 0;
            return;
        }

        catalog.AttachVectors(model, texts.Select(t => stored[t]).ToArray(), occupations.Select(t => stored[t]).ToArray());
    }
}
