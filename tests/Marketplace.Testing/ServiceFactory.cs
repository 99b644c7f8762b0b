using System.Net.Http.Headers;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Testing;

/// <summary>
/// Hosts a service in-process against the test infrastructure: environment "Testing", ConnectionStrings:{name} =
/// the given database, :messaging and :cache, short retry/redelivery/outbox intervals, plus the caller's settings
/// (which win). Settings go in as host settings, so Program's builder phase already sees them.
/// </summary>
public class ServiceFactory<TProgram>(
    TestInfrastructure infrastructure,
    string connectionName,
    string databaseConnectionString,
    IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<TProgram>
    where TProgram : class
{
    public string DatabaseConnectionString { get; } = databaseConnectionString;

    public TestInfrastructure Infrastructure { get; } = infrastructure;

    /// <summary>Every setting the service is given, for tests that need to know (e.g. Jwt:*).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; } = Merge(infrastructure, connectionName, databaseConnectionString, settings);

    /// <summary>A client whose requests carry a development bearer token for <paramref name="caller"/> (null: anonymous).</summary>
    /// <remarks>With a literal null write <c>CreateClient(caller: null)</c>, or the parameterless CreateClient().</remarks>
    public HttpClient CreateClient(TokenRequest? caller)
    {
        var client = CreateClient();
        if (caller is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CreateToken(caller));
        }

        return client;
    }

    /// <summary>A bearer token the hosted service accepts (signed with its Jwt settings).</summary>
    public string CreateToken(TokenRequest caller) => DevelopmentTokens.Create(caller, JwtSettingsFromConfiguration());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddOptions<MessagingOptions>().PostConfigure<IConfiguration>(ReplaceIntervals));
    }

    /// <summary>
    /// The configuration binder appends configured array elements to an initialized array property, so
    /// "Messaging:RetryIntervals:0" alone would give the defaults plus 50 ms. The configured lists replace them here.
    /// </summary>
    private static void ReplaceIntervals(MessagingOptions options, IConfiguration configuration)
    {
        if (configuration.GetSection("Messaging:RetryIntervals").Get<TimeSpan[]>() is { } retries)
        {
            options.RetryIntervals = retries;
        }

        if (configuration.GetSection("Messaging:RedeliveryIntervals").Get<TimeSpan[]>() is { } redeliveries)
        {
            options.RedeliveryIntervals = redeliveries;
        }
    }

    private static Dictionary<string, string?> Merge(
        TestInfrastructure infrastructure, string connectionName, string database, IReadOnlyDictionary<string, string?>? extra)
    {
        var merged = new Dictionary<string, string?>(TestSettings.Service, StringComparer.OrdinalIgnoreCase)
        {
            [$"ConnectionStrings:{connectionName}"] = database,
            ["ConnectionStrings:messaging"] = infrastructure.RabbitMqConnectionString,
            ["ConnectionStrings:cache"] = infrastructure.RedisConnectionString,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        return merged;
    }

    private JwtSettings JwtSettingsFromConfiguration()
    {
        var jwt = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build().GetSection("Jwt");
        var defaults = new JwtSettings();
        return new JwtSettings
        {
            Authority = jwt["Authority"],
            Issuer = jwt["Issuer"] ?? defaults.Issuer,
            Audience = jwt["Audience"] ?? defaults.Audience,
            SigningKey = jwt["SigningKey"] ?? defaults.SigningKey,
        };
    }
}
