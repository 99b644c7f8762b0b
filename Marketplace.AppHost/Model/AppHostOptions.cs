using System.Globalization;

namespace Marketplace.AppHost.Model;

/// <summary>
/// Command line: --state DIR (default &lt;repo&gt;/.state/apphost), --reset (wipe it first), --port-offset N (shift every
/// port, so a second topology can run beside a developer's), --gateway-port N, --dashboard-port N.
/// </summary>
public sealed record AppHostOptions(
    string RepositoryRoot,
    string StateFolder,
    bool Reset,
    int PortOffset,
    int? GatewayPort,
    int? DashboardPort)
{
    public const string Usage =
        "usage: Marketplace.AppHost [--state DIR] [--reset] [--port-offset N] [--gateway-port N] [--dashboard-port N]";

    public static AppHostOptions Parse(IReadOnlyList<string> args)
    {
        var root = RepositoryLocator.FindRoot();
        var options = new AppHostOptions(root, Path.Combine(root, ".state", "apphost"), false, 0, null, null);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--state" => options with { StateFolder = Path.GetFullPath(Value(args, ++i)) },
                "--reset" => options with { Reset = true },
                "--port-offset" => options with { PortOffset = Number(args, ++i, 0, 40000) },
                "--gateway-port" => options with { GatewayPort = Number(args, ++i, 1, 65535) },
                "--dashboard-port" => options with { DashboardPort = Number(args, ++i, 1, 65535) },
                var unknown => throw new ArgumentException($"unknown option {unknown}"),
            };
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, int index) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{args[index - 1]} needs a value");

    private static int Number(IReadOnlyList<string> args, int index, int min, int max) =>
        int.TryParse(Value(args, index), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{args[index - 1]} must be a number from {min} to {max}");
}
