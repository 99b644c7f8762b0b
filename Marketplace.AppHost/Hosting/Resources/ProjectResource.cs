using System.Globalization;
using Marketplace.AppHost.Hosting.Probes;
using Marketplace.AppHost.Hosting.Processes;

namespace Marketplace.AppHost.Hosting.Resources;

/// <summary>
/// A .NET service run from its built output (`dotnet X.dll`) on 127.0.0.1:<see cref="Port"/>; healthy when
/// GET /health answers 200. Its environment is computed at each start, so references resolve to current ports.
/// </summary>
public sealed class ProjectResource(
    string name, string stateFolder, string assemblyPath, int port, Func<IReadOnlyDictionary<string, string?>> environment)
    : ProcessResource(name, "project", stateFolder)
{
    public string AssemblyPath { get; } = assemblyPath;

    public int Port { get; } = port;

    public Uri Url => new($"http://127.0.0.1:{Port}");

    public override string Endpoint => Url.ToString().TrimEnd('/');

    protected override IEnumerable<int> RequiredPorts => [Port];

    public override Task<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
        HttpHealthProbe.IsHealthyAsync(new Uri(Url, "/health"), cancellationToken);

    protected override Task PrepareAsync(CancellationToken cancellationToken) => File.Exists(AssemblyPath)
        ? Task.CompletedTask
        : throw Fail($"{AssemblyPath} does not exist (is the project built?)");

    protected override ProcessLaunch CreateLaunch()
    {
        var variables = new Dictionary<string, string?>(environment())
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}",
        };
        return new ProcessLaunch("dotnet", [AssemblyPath], variables, Path.GetDirectoryName(AssemblyPath));
    }
}
