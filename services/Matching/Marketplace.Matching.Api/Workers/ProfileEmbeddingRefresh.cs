using Marketplace.Embeddings;
using Marketplace.Matching.Api.Matching;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Marketplace.Matching.Api.Workers;

/// <summary>
/// Embeds profiles that are new, changed (needs_match) or of another model, then re-matches them against every active
/// job (<see cref="RematchingRefresh{TRow}"/>): a profile change never waits on the model in the request.
/// </summary>
public sealed class ProfileEmbeddingRefresh(
    NpgsqlDataSource dataSource, IEmbeddingProvider provider, MatchEngine engine, EmbeddingBacklog backlog,
    IOptions<EmbeddingOptions> options, ILogger<ProfileEmbeddingRefresh> logger)
    : RematchingRefresh<ProfileEmbeddingRefresh.StaleProfile>(dataSource, provider, backlog, options, logger)
{
    protected override string Table => "candidate_profiles";

    protected override string Key => "id";

    protected override string Stale => "needs_match or embedding_model is distinct from @Model";

    protected override string Columns => "id, current_title, summary, skills, manufacturers, equipment, preferred_roles";

    protected override Guid IdOf(StaleProfile row) => row.Id;

    protected override string TextOf(StaleProfile row) => row.Text;

    protected override Task MatchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken) =>
        engine.MatchProfileAsync(connection, transaction, id, "profile_changed", cancellationToken);

    public sealed class StaleProfile
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
