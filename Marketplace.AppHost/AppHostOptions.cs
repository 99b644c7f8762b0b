using Microsoft.Extensions.Configuration;

using System.Globalization;

namespace Marketplace.AppHost;

/// <summary>
/// The AppHost's command-line options (./run.sh passes them through):
///   --reset            wipe the state folder before starting
///   --state DIR        where the servers keep their data (default .state/apphost in the repository)
///   --port-offset N    shift every server and service port (5101–5114) by N, to run beside another copy
///   --gateway-port N   the gateway's port (default 8080, shifted by the offset)
///   --web-port N       the web app's port (default 8081, shifted by the offset)
///   --dashboard-port N the dashboard's port (default 18888); its OTLP receiver is N+1, its resource service N+2
///   --allow-anonymous-dashboard  no login token (by default the dashboard asks for the token printed at start)
/// </summary>
public sealed record AppHostOptions(string StateFolder, int PortOffset, int GatewayPort, int WebPort, int DashboardPort)
{
    public int Port(int basePort) => basePort + PortOffset;

    /// <summary>Turns the switches into configuration the builder (and Aspire's dashboard) reads.</summary>
    public static string[] Apply(string[] args)
    {
        var reset = args.Contains("--reset");
        var anonymous = args.Contains("--allow-anonymous-dashboard");
        var rest = args.Where(a => a is not "--reset" and not "--allow-anonymous-dashboard").ToList();
        var dashboard = ValueOf(rest, "--dashboard-port") is { } given ? int.Parse(given, CultureInfo.InvariantCulture) : 18888;
        if (reset)
        {
            rest.Add("--reset=true");
        }

        rest.AddRange([
            $"--ASPNETCORE_URLS=http://127.0.0.1:{Format(dashboard)}",
            $"--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:{Format(dashboard + 1)}",
            $"--ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://127.0.0.1:{Format(dashboard + 2)}",
            // Plain http on loopback: the dashboard is local to this machine.
            "--ASPIRE_ALLOW_UNSECURED_TRANSPORT=true",
            "--ASPIRE_VERSION_CHECK_DISABLED=true",
        ]);
        if (anonymous)
        {
            rest.Add("--ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true");
        }

        return [.. rest];
    }

    public static AppHostOptions From(IDistributedApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var repository = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var state = Path.GetFullPath(configuration["state"] ?? Path.Combine(repository, ".state", "apphost"));
        if (configuration.GetValue<bool>("reset") && Directory.Exists(state))
        {
            Directory.Delete(state, recursive: true);
        }

        Directory.CreateDirectory(state);
        var offset = configuration.GetValue("port-offset", 0);
        var dashboard = new Uri(configuration["ASPNETCORE_URLS"] ?? "http://127.0.0.1:18888").Port;
        return new AppHostOptions(state, offset, configuration.GetValue("gateway-port", 8080 + offset),
            configuration.GetValue("web-port", 8081 + offset), dashboard);
    }

    private static string? ValueOf(List<string> args, string name)
    {
        var index = args.IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }

    private static string Format(int n) => n.ToString(CultureInfo.InvariantCulture);
}
