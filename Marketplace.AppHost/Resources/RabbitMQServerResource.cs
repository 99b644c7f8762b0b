using System.Globalization;
using Aspire.Hosting.ApplicationModel;

namespace Marketplace.AppHost.Resources;

/// <summary>
/// A RabbitMQ node ("rabbit@localhost") in the foreground on 127.0.0.1, with its data, cookie (HOME), config and
/// logs under <see cref="Home"/>, and no plugins. It registers with its own epmd (a separate resource), so two
/// topologies on one machine never share an epmd or stop each other's.
/// </summary>
public sealed class RabbitMQServerResource(string name, string home, int port)
    : ExecutableResource(name, "/usr/lib/rabbitmq/bin/rabbitmq-server", home), IResourceWithConnectionString
{
    public int Port { get; } = port;

    public string Home { get; } = home;

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
