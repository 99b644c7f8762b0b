using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Marketplace.Contracts;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.MarketAnalytics.Tests;

/// <summary>
/// Market-Analytics hosted in-process on its own database, with the scheduled aggregation off (tests rebuild the
/// days they need through the admin endpoint): publish events, wait until they are consumed, rebuild, read.
/// </summary>
internal sealed class MarketService : IAsyncDisposable
{
    private readonly ServiceFactory<Program> factory;

    private MarketService(ServiceFactory<Program> factory)
    {
        this.factory = factory;
        Anonymous = factory.CreateClient(caller: null);
        Admin = factory.CreateClient(new TokenRequest(Guid.NewGuid(), Guid.NewGuid(), [MarketplaceRoles.Admin]));
    }

    public HttpClient Anonymous { get; }

    public HttpClient Admin { get; }

    public ServiceFactory<Program> Factory => factory;

    public static async Task<MarketService> StartAsync(bool aggregationWorker = false)
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var settings = new Dictionary<string, string?>
        {
            ["MarketAnalytics:Aggregation:Enabled"] = aggregationWorker ? "true" : "false",
            ["MarketAnalytics:Aggregation:Interval"] = "00:00:01",
        };
        return new MarketService(new ServiceFactory<Program>(
            infrastructure, "analyticsdb", await infrastructure.CreateDatabaseAsync("analytics"), settings));
    }

    /// <summary>Publishes each event under its own EventId as message id, and waits until every one was consumed.</summary>
    public async Task PublishAsync(params IIntegrationEvent[] events)
    {
        var bus = factory.Services.GetRequiredService<IBus>();
        foreach (var message in events)
        {
            await bus.Publish((object)message, context => context.MessageId = message.EventId);
        }

        var ids = events.Select(e => e.EventId).Distinct().ToArray();
        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        var consumed = await Wait.UntilAsync(
            async () => await connection.ExecuteScalarAsync<int>(
                "select count(distinct message_id)::int from inbox_messages where message_id = any(@Ids)", new { Ids = ids }) == ids.Length,
            TimeSpan.FromSeconds(30));
        Assert.That(consumed, Is.True, "The events were not all consumed within 30 s.");
    }

    public async Task<JsonElement> RebuildAsync(DateOnly from, DateOnly to)
    {
        var response = await Admin.PostAsync($"/api/v1/market/admin/rebuild?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> GetAsync(string pathAndQuery)
    {
        var response = await Anonymous.GetAsync(pathAndQuery);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        Admin.Dispose();
        await factory.DisposeAsync();
    }
}
