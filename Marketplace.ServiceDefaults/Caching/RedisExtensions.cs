using Marketplace.ServiceDefaults.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Marketplace.ServiceDefaults.Caching;

public static class RedisExtensions
{
    /// <summary>
    /// Redis from ConnectionStrings:{connectionName} ("host:port[,options]", Aspire's form) as one shared
    /// IConnectionMultiplexer. abortConnect=false: the service starts while Redis is still coming up.
    /// </summary>
    public static IHostApplicationBuilder AddRedis(this IHostApplicationBuilder builder, string connectionName = "cache")
    {
        // A second call (a test host adding it again) is a no-op: one multiplexer per process.
        if (builder.Services.Any(d => d.ServiceType == typeof(IConnectionMultiplexer)))
        {
            return builder;
        }

        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(connectionString);
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready]);
        return builder;
    }
}
