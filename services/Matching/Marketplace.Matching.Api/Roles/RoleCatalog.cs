using Marketplace.Embeddings;
using Marketplace.ServiceDefaults.ReferenceData;
using Microsoft.Extensions.Options;

namespace Marketplace.Matching.Api.Roles;

/// <summary>
/// The canonical O*NET roles and their index, built once on first use (a few seconds for 1,016 occupations, their
/// aliases and task statements). "Matching:Roles:Limit" bounds the occupations loaded, for tests. Normalization is
/// lexical until RoleVectorRefresh attaches the alias vectors of the current model; from then on a title is embedded
/// too and both arms are fused (ADR 0081). A failing query embedding falls back to the lexical answer.
/// </summary>
public sealed partial class RoleCatalog(
    IConfiguration configuration, IOptions<RoleOptions> options, IEmbeddingProvider provider, ILogger<RoleCatalog> logger)
{
    /// <summary>Below this, a free-text role matches nothing well and becomes a role of its own instead of a bad link.</summary>
    public const double LinkThreshold = 0.55;

    private readonly Lazy<RoleIndex> index = new(() =>
        new RoleIndex(OnetRoles.Load(ReferenceFiles.RequireDirectory(configuration), limit: options.Value.Limit)));

    private volatile string? vectorModel;

    public RoleIndex Index => index.Value;

    /// <summary>Whether alias vectors are wanted at all (<see cref="RoleOptions.Vectors"/>).</summary>
    public bool UsesVectors => options.Value.Vectors
        ?? !string.Equals(configuration["Embeddings:Provider"], EmbeddingProviders.Hashed, StringComparison.OrdinalIgnoreCase);

    /// <summary>The model of the attached alias vectors, or null while normalization is lexical only.</summary>
    public string? VectorModel => vectorModel;

    /// <summary>Attaches one vector per <see cref="RoleIndex.AliasTexts"/> and per <see cref="RoleIndex.OccupationTexts"/> entry, made by <paramref name="model"/>.</summary>
    public void AttachVectors(string model, float[][] aliasVectors, float[][] occupationVectors)
    {
        Index.AttachOccupationVectors(occupationVectors);
        Index.AttachVectors(aliasVectors);
        vectorModel = model;
    }

    /// <summary>The best <paramref name="top"/> roles for a title, with vectors when the current model's are attached.</summary>
    public async Task<IReadOnlyList<RoleMatch>> NormalizeAsync(string title, int top, CancellationToken cancellationToken)
    {
        float[]? query = null;
        if (vectorModel is { } model && model == provider.Model)
        {
            try
            {
                query = await provider.EmbedAsync(title, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogQueryEmbeddingFailed(e, provider.Model);
            }
        }

        return Index.Normalize(title, top, query);
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Embedding a role title with {Model} failed; answering lexically")]
    private partial void LogQueryEmbeddingFailed(Exception exception, string model);
}
