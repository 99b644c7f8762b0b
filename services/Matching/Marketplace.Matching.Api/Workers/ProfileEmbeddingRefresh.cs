using Dapper;
using Marketplace.Embeddings;
using Marketplace.Matching.Api.Matching;
using Microsoft.Extensions.Options;
using Npgsql;
using Pgvector;

namespace Marketplace.Matching.Api.Workers;

/// <summary>
/// Embeds profiles that are new, changed (needs_match) or of another model, then re-matches them against every active
/// job, in one transaction per batch: a profile change never waits on the model in the request.
/// </summary>
public sealed class ProfileEmbeddingRefresh(
    NpgsqlDataSource dataSource, IEmbeddingProvider provider, MatchEngine engine, EmbeddingBacklog backlog,
    IOptions<EmbeddingOptions> options, ILogger<ProfileEmbeddingRefresh> logger) : EmbeddingRefreshWorker(provider, backlog, options, logger)
{
    protected override string Set => "candidate_profiles";

    protected override async Task<long> CountBacklogAsync(string model, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "select count(*) from candidate_profiles where needs_match or embedding_model is distinct from @Model",
            new { Model = model }, cancellationToken: cancellationToken));
    }

    protected override async Task<int> RefreshBatchAsync(IEmbeddingProvider provider, int batchSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var profiles = (await connection.QueryAsync<StaleProfile>(new CommandDefinition("""
            select id, current_title, summary, skills, manufacturers, equipment, preferred_roles
            from candidate_profiles
            where needs_match or embedding_model is distinct from @Model
            order by updated_at limit @Limit
            for update skip locked
            """, new { provider.Model, Limit = batchSize }, transaction, cancellationToken: cancellationToken))).ToList();
        if (profiles.Count == 0)
        {
            return 0;
        }

        var vectors = await provider.EmbedManyAsync(profiles.Select(p => p.Text).ToList(), cancellationToken);
        for (var i = 0; i < profiles.Count; i++)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "update candidate_profiles set embedding = @Vector, embedding_model = @Model where id = @Id",
                new { profiles[i].Id, Vector = new Vector(vectors[i]), provider.Model }, transaction, cancellationToken: cancellationToken));
            await engine.MatchProfileAsync(connection, transaction, profiles[i].Id, "profile_changed", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return profiles.Count;
    }

    private sealed class StaleProfile
    {
        public Guid Id { get; init; }
        public string? CurrentTitle { get; init; }
        public string? Summary { get; init; }
        public string[] Skills { get; init; } = [];
        public string[] Manufacturers { get; init; } = [];
        public string[] Equipment { get; init; } = [];
        public string[] PreferredRoles { get; init; } = [];

        /// <summary>A bounded text: title (twice, it says most), roles, skills, equipment, the start of the summary.</summary>
        public string Text => string.Join(". ",
            CurrentTitle ?? "", CurrentTitle ?? "", string.Join(", ", PreferredRoles), string.Join(", ", Skills),
            string.Join(", ", Manufacturers.Concat(Equipment)), Summary is { Length: > 600 } s ? s[..600] : Summary ?? "");
    }
}
