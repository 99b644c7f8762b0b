using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.AppHost.Hosting.Processes;

namespace Marketplace.Testing;

/// <summary>
/// The whole topology for end-to-end tests: the built AppHost run as a child process with its own state folder,
/// a free block of ports (--port-offset) and free gateway and dashboard ports, so it runs beside a developer's.
/// Reference Marketplace.AppHost (ReferenceOutputAssembly="false") from the test project so that it is built.
/// </summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    /// <summary>What the AppHost prints once every resource is healthy (Orchestrator.ReadyMessage).</summary>
    public const string ReadyMessage = "All resources are healthy.";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly ChildProcess process;
    private readonly LogBuffer output;
    private readonly HttpClient dashboard;

    private AppHostProcess(ChildProcess process, LogBuffer output, string stateFolder, int gatewayPort, int dashboardPort)
    {
        this.process = process;
        this.output = output;
        StateFolder = stateFolder;
        GatewayUrl = new Uri($"http://127.0.0.1:{gatewayPort}");
        DashboardUrl = new Uri($"http://127.0.0.1:{dashboardPort}");
        dashboard = new HttpClient { BaseAddress = DashboardUrl, Timeout = TimeSpan.FromMinutes(3) };
    }

    public Uri GatewayUrl { get; }

    public Uri DashboardUrl { get; }

    public string StateFolder { get; }

    public int ProcessId => process.Id;

    /// <summary>Everything the AppHost printed so far (the last 5,000 lines).</summary>
    public IReadOnlyList<string> Output => output.Tail(5000);

    /// <summary>Starts the AppHost and waits for its "all healthy" line; fails with its output otherwise.</summary>
    public static async Task<AppHostProcess> StartAsync(TimeSpan? timeout = null, int? gatewayPort = null)
    {
        var assembly = AppHostAssembly();
        var stateFolder = TestStateFolders.Create();
        var ports = FreePorts.Take(2);
        var gateway = gatewayPort ?? ports[0];
        var output = new LogBuffer(5000);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = ChildProcess.Start(
            new ProcessLaunch("dotnet",
                [assembly, "--state", stateFolder, "--port-offset", Format(FreeOffset()),
                 "--gateway-port", Format(gateway), "--dashboard-port", Format(ports[1])],
                new Dictionary<string, string?> { ["NO_COLOR"] = "1" }),
            line =>
            {
                output.Add(line);
                if (line.Contains(ReadyMessage, StringComparison.Ordinal))
                {
                    ready.TrySetResult();
                }
            });
        var host = new AppHostProcess(process, output, stateFolder, gateway, ports[1]);

        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(4));
        var exited = process.WaitForExitAsync(limit.Token);
        var finished = await Task.WhenAny(ready.Task, exited, Task.Delay(Timeout.Infinite, limit.Token));
        if (finished == ready.Task)
        {
            return host;
        }

        var reason = process.HasExited ? $"exited with code {process.ExitCode}" : "did not report all resources healthy in time";
        await host.DisposeAsync();
        throw new InvalidOperationException(
            $"The AppHost {reason}. Its output:{Environment.NewLine}{string.Join(Environment.NewLine, output.Tail(80))}");
    }

    public async Task<IReadOnlyList<TopologyResource>> GetResourcesAsync() =>
        await dashboard.GetFromJsonAsync<List<TopologyResource>>("/api/resources", Json) ?? [];

    /// <summary>Probes the resource now (the list's health column may be a few seconds old).</summary>
    public async Task<TopologyResource> CheckHealthAsync(string name) =>
        await dashboard.GetFromJsonAsync<TopologyResource>($"/api/resources/{Uri.EscapeDataString(name)}/health", Json)
            ?? throw new InvalidOperationException($"No resource {name}.");

    /// <summary>Stops a resource (e.g. "messaging": a real broker outage); returns once it has stopped.</summary>
    public Task StopResourceAsync(string name) => CommandAsync(name, "stop");

    /// <summary>Starts it again; returns once it is healthy.</summary>
    public Task StartResourceAsync(string name) => CommandAsync(name, "start");

    /// <summary>
    /// Ctrl+C (SIGINT, or SIGTERM where this process was started with SIGINT ignored, as under `nohup` or a
    /// background shell job), then checks that nothing it started is still running; kills leftovers and throws if so.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        dashboard.Dispose();
        await process.StopAsync(IgnoresInterrupt(process.Id) ? Signals.Terminate : Signals.Interrupt, TimeSpan.FromSeconds(90));
        var leftovers = StaleProcesses.KillTagged(tagged => tagged == StateFolder);
        await process.DisposeAsync();
        TestStateFolders.Delete(StateFolder);
        if (leftovers > 0)
        {
            throw new InvalidOperationException($"The AppHost left {leftovers} processes running after it stopped.");
        }
    }

    private async Task CommandAsync(string name, string command)
    {
        using var response = await dashboard.PostAsync(new Uri($"/api/resources/{Uri.EscapeDataString(name)}/{command}", UriKind.Relative), null);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"{command} {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static string AppHostAssembly()
    {
        var configuration = typeof(AppHostProcess).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration ?? "Debug";
        var path = Path.Combine(RepositoryRoot.Find(), "Marketplace.AppHost", "bin", configuration, "net10.0", "Marketplace.AppHost.dll");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} not found: build Marketplace.AppHost ({configuration}) first.");
    }

    /// <summary>An offset whose block (5101–5114 shifted) is free now.</summary>
    private static int FreeOffset()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var offset = Random.Shared.Next(500, 2000) * 20;
            if (Enumerable.Range(5101, 14).All(p => FreePorts.IsFree(p + offset)))
            {
                return offset;
            }
        }

        throw new InvalidOperationException("No free block of ports for the AppHost.");
    }

    private static bool IgnoresInterrupt(int pid)
    {
        string? line;
        try
        {
            line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }

        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var mask)
            && (mask & (1UL << (Signals.Interrupt - 1))) != 0;
    }

    private static string Format(int n) => n.ToString(CultureInfo.InvariantCulture);
}
