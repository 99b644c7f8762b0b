using System.Globalization;
using Aspire.Hosting.ApplicationModel;

namespace Marketplace.AppHost.Resources;

/// <summary>Redis in the foreground on 127.0.0.1, its dump under <see cref="Home"/>.</summary>
public sealed class RedisServerResource(string name, string home, int port)
    : ExecutableResource(name, "redis-server", home), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public string Home { get; } = home;

    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
