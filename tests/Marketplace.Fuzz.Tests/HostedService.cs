using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json.Nodes;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.Testing;

namespace Marketplace.Fuzz.Tests;

/// <summary>
/// A <see cref="FuzzedService"/> hosted in-process by <see cref="ServiceFactory{TProgram}"/> on its own database,
/// with a caller holding every role (and, where the service wants one, an API key), and its OpenAPI document.
/// </summary>
public sealed class HostedService : IAsyncDisposable
{
    private readonly object factory;

    private HostedService(FuzzedService service, object factory, HttpClient client, JsonObject document)
    {
        Service = service;
        this.factory = factory;
        Client = client;
        Document = document;
    }

    public FuzzedService Service { get; }

    /// <summary>A client whose requests carry the all-roles caller's token (and extra headers).</summary>
    public HttpClient Client { get; }

    public JsonObject Document { get; }

    public static TokenRequest Caller { get; } = new(
        Guid.NewGuid(), Guid.NewGuid(), [.. MarketplaceRoles.All], ["fuzz-network"], "us-midwest", ["elevator_mechanic"], true);

    public static async Task<HostedService> StartAsync(FuzzedService service)
    {
        var program = Assembly.Load(service.AssemblyName).GetType("Program", throwOnError: true)!;
        var infrastructure = await TestInfrastructure.GetAsync();
        var database = await infrastructure.CreateDatabaseAsync("fuzz_" + service.ConnectionName);
        var factoryType = typeof(ServiceFactory<>).MakeGenericType(program);
        var factory = Activator.CreateInstance(factoryType, infrastructure, service.ConnectionName, database, null)!;
        var client = (HttpClient)factoryType.GetMethod("CreateClient", Type.EmptyTypes)!.Invoke(factory, null)!;
        var token = (string)factoryType.GetMethod("CreateToken")!.Invoke(factory, [Caller])!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.Timeout = TimeSpan.FromSeconds(60);
        foreach (var (name, value) in service.ExtraHeaders is null ? new Dictionary<string, string>() : await service.ExtraHeaders(client))
        {
            client.DefaultRequestHeaders.Add(name, value);
        }

        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();
        return new HostedService(service, factory, client, document);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await ((IAsyncDisposable)factory).DisposeAsync();
    }
}
