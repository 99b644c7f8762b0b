using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Marketplace.MarketAnalytics.Tests;

/// <summary>Every bad parameter of every market endpoint is a 400 problem+json naming the field, never a 500.</summary>
[NonParallelizable]
public sealed class MarketQueryValidationTests
{
    private MarketService market = null!;

    [OneTimeSetUp]
    public async Task Start() => market = await MarketService.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await market.DisposeAsync();

    [TestCase("trends?interval=hour", "interval")]
    [TestCase("trends?from=2026-05-02&to=2026-05-01", "from")]
    [TestCase("trends?from=2020-01-01&to=2026-01-01", "to")]
    [TestCase("trends?from=yesterday", "from")]
    [TestCase("trends?to=1999-12-31", "to")]
    [TestCase("trends?role=%00", "role")]
    [TestCase("skills?from=2026-05-02&to=2026-05-01", "from")]
    [TestCase("skills?from=2020-01-01&to=2026-01-01", "to")]
    [TestCase("skills?location=Atlantis", "location")]
    [TestCase("stats?role=xyzzy%20frobnicator", "role")]
    [TestCase("stats?location=Austin%00", "location")]
    [TestCase("salary-benchmark?role=plumber", "amount")]
    [TestCase("salary-benchmark?amount=-5", "amount")]
    [TestCase("salary-benchmark?amount=abc", "amount")]
    [TestCase("salary-benchmark?amount=99999999999999999999999999999999", "amount")]
    [TestCase("salary-benchmark?amount=30&period=weekly", "period")]
    [TestCase("liquidity?location=%00", "location")]
    [TestCase("liquidity?role=Plumber%01", "role")]
    public async Task A_bad_parameter_is_a_400_naming_it(string pathAndQuery, string field) =>
        await AssertNamesFieldAsync(await market.Anonymous.GetAsync("/api/v1/market/" + pathAndQuery), field);

    [TestCase("trends?page=2147483647&page_size=-1")]
    [TestCase("trends?role=&location=&from=&to=&interval=")]
    [TestCase("trends?interval=month&from=2000-01-01&to=2001-12-31")]
    [TestCase("skills?role=%5Bnull%5D")]
    [TestCase("stats?role=a&role=b&location=TX&location=CA")]
    [TestCase("stats?location=%2C%2C%2C")]
    [TestCase("stats?role=%F0%9F%94%A7%20tech")]
    [TestCase("salary-benchmark?amount=100000000&period=hourly")]
    [TestCase("liquidity?role=*&location=us")]
    public async Task An_odd_but_harmless_query_is_answered_without_a_server_error(string pathAndQuery)
    {
        var response = await market.Anonymous.GetAsync("/api/v1/market/" + pathAndQuery);
        Assert.That((int)response.StatusCode, Is.LessThan(500), await response.Content.ReadAsStringAsync());
        if (!response.IsSuccessStatusCode)
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
    }

    [TestCase("amount=NaN")]
    [TestCase("amount=1e999")]
    [TestCase("amount=Infinity")]
    [TestCase("amount=%00")]
    public async Task A_non_numeric_amount_is_a_400_naming_it(string query) =>
        await AssertNamesFieldAsync(await market.Anonymous.GetAsync("/api/v1/market/salary-benchmark?" + query), "amount");

    [Test]
    public async Task A_rebuild_ignores_a_body_it_does_not_take()
    {
        using var content = new StringContent("{\"from\": [null]}", System.Text.Encoding.UTF8, "text/plain");
        await AssertNamesFieldAsync(await market.Admin.PostAsync("/api/v1/market/admin/rebuild?from=2026-01-02&to=2026-01-01", content), "from");
    }

    [Test]
    public async Task A_role_longer_than_200_characters_is_a_400_naming_it() =>
        await AssertNamesFieldAsync(await market.Anonymous.GetAsync("/api/v1/market/stats?role=" + new string('a', 201)), "role");

    [TestCase("to=2026-01-01", "from")]
    [TestCase("from=2026-01-02&to=2026-01-01", "from")]
    [TestCase("from=2024-01-01&to=2026-01-01", "to")]
    [TestCase("from=2026-02-30", "from")]
    public async Task A_bad_rebuild_range_is_a_400_naming_the_field(string query, string field) =>
        await AssertNamesFieldAsync(await market.Admin.PostAsync("/api/v1/market/admin/rebuild?" + query, null), field);

    [Test]
    public async Task The_openapi_document_lists_every_market_operation_with_its_parameters()
    {
        var document = await market.GetAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        foreach (var (path, parameters) in new[]
        {
            ("/api/v1/market/trends", new[] { "role", "location", "from", "to", "interval" }),
            ("/api/v1/market/skills", new[] { "role", "location", "from", "to" }),
            ("/api/v1/market/stats", new[] { "role", "location" }),
            ("/api/v1/market/salary-benchmark", new[] { "role", "location", "amount", "period" }),
            ("/api/v1/market/liquidity", new[] { "role", "location" }),
        })
        {
            var names = paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
                .Select(p => p.GetProperty("name").GetString()).ToList();
            Assert.That(names, Is.SupersetOf(parameters), path);
        }

        Assert.That(paths.GetProperty("/api/v1/market/admin/rebuild").TryGetProperty("post", out _), Is.True);
    }

    private static async Task AssertNamesFieldAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, body);
    }
}
