using Yarp.ReverseProxy.Configuration;

namespace Marketplace.Gateway.Routing;

/// <summary>
/// Creates YARP's in-memory configuration when the proxy starts, from the configuration the host ended up with
/// (so settings a test host or the AppHost adds late are seen), and logs which services are and are not routed.
/// </summary>
internal static partial class ProxyConfigProviderFactory
{
    public static InMemoryConfigProvider Create(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GatewayProxyConfig).FullName!);
        var (routes, clusters, unrouted) = GatewayProxyConfig.Build(configuration);
        foreach (var cluster in clusters)
        {
            LogServiceRouted(logger, cluster.ClusterId, cluster.Destinations!.Values.First().Address);
        }

        foreach (var service in unrouted)
        {
            LogServiceNotRouted(logger, service);
        }

        return new InMemoryConfigProvider(routes, clusters);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Routing {Service} to {Address}")]
    private static partial void LogServiceRouted(ILogger logger, string service, string address);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "No address for {Service} (services:<name>:http:0 is not set); its routes answer 404")]
    private static partial void LogServiceNotRouted(ILogger logger, string service);
}
