using Dapper;
using Marketplace.Embeddings;
using Marketplace.Matching.Api.Roles;
using Marketplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Matching.Tests.Functional;

/// <summary>
/// The model-backed role path with the fast hashed provider and the first 20 occupations: the background job stores
/// one vector per distinct alias, attaches them, and normalization then embeds the title and fuses both arms.
/// </summary>
public sealed class RoleVectorTests : MatchingFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Matching:Roles:Vectors"] = "true",
        ["Matching:Roles:Limit"] = "20",
    };

    private RoleCatalog Catalog => Service.Services.GetRequiredService<RoleCatalog>();

    private string Model => Service.Services.GetRequiredService<IEmbeddingProvider>().Model;

    [Test]
    public async Task Every_distinct_alias_and_occupation_text_gets_one_stored_vector_and_the_index_uses_them()
    {
        Assert.That(await Wait.UntilAsync(() => Task.FromResult(Catalog.VectorModel == Model), TimeSpan.FromSeconds(60)), "alias vectors were not attached");

        await using var connection = await OpenDatabaseAsync();
        var stored = await connection.ExecuteScalarAsync<int>("select count(*) from role_alias_vectors where embedding_model = @Model", new { Model });
        Assert.That(stored, Is.EqualTo(Catalog.Index.AliasTexts.Concat(Catalog.Index.OccupationTexts).Distinct(StringComparer.Ordinal).Count()));
        Assert.That(Catalog.Index.HasVectors, Is.True);
    }

    [Test]
    public async Task Normalization_with_vectors_answers_the_right_occupation()
    {
        Assert.That(await Wait.UntilAsync(() => Task.FromResult(Catalog.VectorModel == Model), TimeSpan.FromSeconds(60)), "alias vectors were not attached");
        using var client = Client(caller: null);
        var roles = await ReadJsonAsync(await client.GetAsync(new Uri("/api/v1/roles/normalize?title=Chief%20Executive%20Officer&top=3", UriKind.Relative)));

        Assert.That(roles.GetArrayLength(), Is.EqualTo(3));
        Assert.That(roles[0].GetProperty("role").GetProperty("soc_code").GetString(), Does.StartWith("11-1011"));
    }

    [Test]
    public async Task A_restarted_service_embeds_only_the_missing_texts_and_attaches_them()
    {
        Assert.That(await Wait.UntilAsync(() => Task.FromResult(Catalog.VectorModel == Model), TimeSpan.FromSeconds(60)), "alias vectors were not attached");
        await using var connection = await OpenDatabaseAsync();
        var total = await connection.ExecuteScalarAsync<int>("select count(*) from role_alias_vectors");
        var removed = await connection.ExecuteAsync("delete from role_alias_vectors where alias < 'M'");
        var kept = await connection.ExecuteScalarAsync<DateTime>("select max(created_at) from role_alias_vectors");

        await using var restarted = new ServiceFactory<Program>(Service.Infrastructure, "matchingdb", Service.DatabaseConnectionString, Service.Settings);
        using (restarted.CreateClient())
        {
        }

        var catalog = restarted.Services.GetRequiredService<RoleCatalog>();
        Assert.That(await Wait.UntilAsync(() => Task.FromResult(catalog.VectorModel == Model), TimeSpan.FromSeconds(60)), "the restarted service did not attach");
        Assert.That(removed, Is.GreaterThan(0));
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from role_alias_vectors"), Is.EqualTo(total));
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from role_alias_vectors where created_at > @Kept", new { Kept = kept }), Is.EqualTo(removed));
    }
}
