using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.AppHost.Resources;

public static class RedisBuilderExtensions
{
    /// <summary>
    /// Redis on 127.0.0.1:<paramref name="port"/>, saving its data set under &lt;stateFolder&gt;/&lt;name&gt; once a minute
    /// when it changed (<paramref name="persistent"/>), ready once PING answers PONG.
    /// </summary>
    public static IResourceBuilder<RedisServerResource> AddRedis(
        this IDistributedApplicationBuilder builder, string name, int port, string stateFolder, bool persistent = true)
    {
        var home = Path.Combine(stateFolder, name);
        Directory.CreateDirectory(home);
        var healthCheck = $"{name}-ping";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new RedisPingHealthCheck(port));

        return builder.AddResource(new RedisServerResource(name, home, port))
            .WithArgs("--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--daemonize", "no",
                "--dir", home, "--appendonly", "no", "--save", persistent ? "60 1" : "")
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }
}
