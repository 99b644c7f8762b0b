using System.Globalization;
using Marketplace.AppHost.Hosting.Probes;
using Marketplace.AppHost.Hosting.Processes;

namespace Marketplace.AppHost.Hosting.Resources;

/// <summary>
/// RabbitMQ as a foreground node on 127.0.0.1 with its data, cookie (HOME) and config under the state folder.
/// Each topology runs its own epmd on its own port (ERL_EPMD_PORT), started here in the foreground and stopped
/// with the broker, so that two topologies never share an epmd or stop each other's.
/// The broker's start script exits 0 even when boot fails, so readiness is an AMQP handshake, never the exit code.
/// </summary>
public sealed class RabbitMqResource(string name, string stateFolder, int port, int distributionPort, int epmdPort)
    : ProcessResource(name, "rabbitmq", stateFolder)
{
    private const string BinDirectory = "/usr/lib/rabbitmq/bin";
    private ChildProcess? epmd;

    public int Port { get; } = port;

    public int DistributionPort { get; } = distributionPort;

    public int EpmdPort { get; } = epmdPort;

    public string Home => Path.Combine(StateFolder, Name);

    public override string Endpoint => $"amqp://127.0.0.1:{Port}";

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}";

    protected override IEnumerable<int> RequiredPorts => epmd is null ? [Port, DistributionPort, EpmdPort] : [Port, DistributionPort];

    public override Task<bool> IsHealthyAsync(CancellationToken cancellationToken) => AmqpProbe.IsReadyAsync(Port, cancellationToken);

    public override void KillNow()
    {
        base.KillNow();
        epmd?.KillGroupNow();
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(Home, "log"));
        // No plugins: the management plugin alone doubles boot time, and nothing here needs it.
        await File.WriteAllTextAsync(Path.Combine(Home, "enabled_plugins"), "[].\n", cancellationToken);
        // Replaces /etc/rabbitmq/rabbitmq-env.conf, which belongs to the system's broker.
        await File.WriteAllTextAsync(Path.Combine(Home, "rabbitmq-env.conf"), "", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(Home, "rabbitmq.conf"), "log.console = true\nlog.file = false\n", cancellationToken);
        await StartEpmdAsync(cancellationToken);
    }

    protected override ProcessLaunch CreateLaunch() =>
        new(Path.Combine(BinDirectory, "rabbitmq-server"), [], BrokerEnvironment());

    protected override async Task AfterStopAsync()
    {
        if (epmd is { } running)
        {
            await running.StopAsync(Signals.Terminate, TimeSpan.FromSeconds(5));
            epmd = null;
        }
    }

    private async Task StartEpmdAsync(CancellationToken cancellationToken)
    {
        if (epmd is { HasExited: false })
        {
            return;
        }

        var environment = new Dictionary<string, string?> { [ChildProcess.StateTag] = StateFolder };
        epmd = ChildProcess.Start(
            new ProcessLaunch("epmd", ["-port", EpmdPort.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1"], environment),
            line => Log("[epmd] " + line));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await TcpProbe.IsListeningAsync(EpmdPort, cancellationToken))
        {
            if (epmd.HasExited || DateTime.UtcNow > deadline)
            {
                await epmd.KillGroupAsync();
                epmd = null;
                throw Fail($"epmd did not listen on port {EpmdPort}");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    private Dictionary<string, string?> BrokerEnvironment() => new()
    {
        ["HOME"] = Home,
        ["RABBITMQ_NODENAME"] = "rabbit@localhost",
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(CultureInfo.InvariantCulture),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        ["ERL_EPMD_PORT"] = EpmdPort.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(Home, "rabbitmq-env.conf"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(Home, "rabbitmq.conf"),
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(Home, "advanced.config"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(Home, "enabled_plugins"),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(Home, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(Home, "log"),
        ["RABBITMQ_PLUGINS_EXPAND_DIR"] = Path.Combine(Home, "plugins-expand"),
        ["RABBITMQ_PID_FILE"] = Path.Combine(Home, "rabbit.pid"),
        ["RABBITMQ_LOGS"] = "-",
    };
}
