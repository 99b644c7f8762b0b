using System.Net.Http.Headers;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Gateway.Tests.Infrastructure;

/// <summary>
/// Hosts the real gateway in-process. The gateway has no database, so it takes only the settings it reads: the
/// service addresses, ConnectionStrings:cache and RateLimiting:* (as host settings, seen by Program's builder),
/// and optionally a logger provider that captures what it logs.
/// </summary>
public sealed class GatewayFactory(
    IReadOnlyDictionary<string, string?> settings, string environment = "Testing", ILoggerProvider? logs = null)
    : WebApplicationFactory<Program>
{
    /// <summary>A request header the test host turns into the connection's remote address (TestServer has none).</summary>
    public const string ClientIpHeader = "X-Test-Client-Ip";

    public HttpClient CreateClient(TokenRequest? caller)
    {
        var client = CreateClient();
        if (caller is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Create(caller));
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientIpStartupFilter>());
        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }
}
