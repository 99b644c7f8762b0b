using System.Globalization;
using Marketplace.AppHost.Hosting.Probes;
using Marketplace.AppHost.Hosting.Processes;

namespace Marketplace.AppHost.Hosting.Resources;

/// <summary>Redis in the foreground on 127.0.0.1, its dump (when persistent) under the state folder.</summary>
public sealed class RedisResource(string name, string stateFolder, int port, bool persistent = true)
    : ProcessResource(name, "redis", stateFolder)
{
    public int Port { get; } = port;

    public override string Endpoint => $"127.0.0.1:{Port}";

    public string ConnectionString => $"127.0.0.1:{Port}";

    protected override IEnumerable<int> RequiredPorts => [Port];

    public override Task<bool> IsHealthyAsync(CancellationToken cancellationToken) => RedisProbe.IsReadyAsync(Port, cancellationToken);

    protected override Task PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(StateFolder, Name));
        return Task.CompletedTask;
    }

    protected override ProcessLaunch CreateLaunch() => new(
        "redis-server",
        ["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--daemonize", "no",
         "--dir", Path.Combine(StateFolder, Name), "--appendonly", "no", "--save", persistent ? "60 1" : ""],
        new Dictionary<string, string?>());
}
