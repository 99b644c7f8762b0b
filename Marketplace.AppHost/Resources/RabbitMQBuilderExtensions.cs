using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.AppHost.Resources;

public static class RabbitMQBuilderExtensions
{
    /// <summary>
    /// RabbitMQ on 127.0.0.1:<paramref name="port"/>, its Erlang distribution on <paramref name="port"/>+1 and its own
    /// epmd ("&lt;name&gt;-epmd") on <paramref name="port"/>+2, all bound to loopback; ready once it answers the AMQP handshake.
    /// </summary>
    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(
        this IDistributedApplicationBuilder builder, string name, int port, string stateFolder)
    {
        var home = Path.Combine(stateFolder, name);
        var distributionPort = Format(port + 1);
        var epmdPort = Format(port + 2);
        WriteConfiguration(home);

        var epmd = builder.AddExecutable($"{name}-epmd", "epmd", home, "-port", epmdPort, "-address", "127.0.0.1")
            .WithEndpoint(port: port + 2, targetPort: port + 2, scheme: "tcp", name: "tcp", isProxied: false)
            .ExcludeFromManifest();

        var healthCheck = $"{name}-amqp";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new AmqpHealthCheck(port));

        return builder.AddResource(new RabbitMQServerResource(name, home, port))
            .WithEnvironment("HOME", home)
            .WithEnvironment("RABBITMQ_NODENAME", "rabbit@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", Format(port))
            .WithEnvironment("RABBITMQ_DIST_PORT", distributionPort)
            // Without it the distribution port listens on every interface.
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}")
            .WithEnvironment("RABBITMQ_CTL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}")
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithEnvironment("ERL_EPMD_PORT", epmdPort)
            // These replace /etc/rabbitmq's files, which belong to the system's broker.
            .WithEnvironment("RABBITMQ_CONF_ENV_FILE", Path.Combine(home, "rabbitmq-env.conf"))
            .WithEnvironment("RABBITMQ_CONFIG_FILE", Path.Combine(home, "rabbitmq.conf"))
            .WithEnvironment("RABBITMQ_ADVANCED_CONFIG_FILE", Path.Combine(home, "advanced.config"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(home, "enabled_plugins"))
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(home, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(home, "log"))
            .WithEnvironment("RABBITMQ_PLUGINS_EXPAND_DIR", Path.Combine(home, "plugins-expand"))
            .WithEnvironment("RABBITMQ_PID_FILE", Path.Combine(home, "rabbit.pid"))
            .WithEnvironment("RABBITMQ_LOGS", "-")
            .WithEndpoint(port: port, targetPort: port, scheme: "amqp", name: "amqp", isProxied: false)
            .WithHealthCheck(healthCheck)
            .WaitFor(epmd)
            .ExcludeFromManifest();
    }

    private static void WriteConfiguration(string home)
    {
        Directory.CreateDirectory(Path.Combine(home, "log"));
        // No plugins: the management plugin alone doubles boot time, and nothing here needs it.
        File.WriteAllText(Path.Combine(home, "enabled_plugins"), "[].\n");
        File.WriteAllText(Path.Combine(home, "rabbitmq-env.conf"), "");
        File.WriteAllText(Path.Combine(home, "rabbitmq.conf"), "log.console = true\nlog.file = false\n");
    }

    private static string Format(int port) => port.ToString(CultureInfo.InvariantCulture);
}
