using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.ServiceDefaults.Http;
using Marketplace.ServiceDefaults.Identity;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NUnit.Framework;

namespace Marketplace.Testing;

/// <summary>
/// The shape of a service's functional test class: one service per class, hosted by <see cref="ServiceFactory{TProgram}"/>
/// on its own database against the shared real PostgreSQL, RabbitMQ and Redis, started once and alive before the first test.
/// </summary>
/// <param name="databasePrefix">Prefix of the test database's name.</param>
/// <param name="connectionName">The service's connection string name (e.g. applicationsdb).</param>
public abstract class ServiceFixture<TProgram>(string databasePrefix, string connectionName)
    where TProgram : class
{
    protected ServiceFactory<TProgram> Service { get; private set; } = null!;

    protected static JsonSerializerOptions Json => HttpConventions.JsonOptions;

    /// <summary>The service's own settings for these tests (the infrastructure's are added by the factory).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    [OneTimeSetUp]
    public async Task StartServiceAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var database = await infrastructure.CreateDatabaseAsync(databasePrefix);
        Service = new ServiceFactory<TProgram>(infrastructure, connectionName, database, Settings);
        using var client = Service.CreateClient();
        using var health = await client.GetAsync(new Uri("/alive", UriKind.Relative));
        health.EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task StopServiceAsync() => await Service.DisposeAsync();

    protected HttpClient Client(TokenRequest? caller) => Service.CreateClient(caller);

    protected async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var connection = new NpgsqlConnection(Service.DatabaseConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Publishes an event on the real broker as its publisher's outbox relay would (message id = event id).</summary>
    protected async Task PublishAsync<T>(T message, Guid messageId) where T : class =>
        await Service.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);

    protected static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);
}
