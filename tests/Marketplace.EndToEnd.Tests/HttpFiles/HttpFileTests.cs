using Marketplace.Testing;

namespace Marketplace.EndToEnd.Tests.HttpFiles;

/// <summary>
/// Every service's and the gateway's .http file, run top to bottom against the whole topology through the gateway, as
/// a newcomer would in their editor: no request may get a 5xx or a status its file does not declare (issue #9, item 17).
/// </summary>
public sealed class HttpFileTests
{
    public static IEnumerable<TestCaseData> Files() =>
        new[] { "gateway", "services" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Find(), folder), "*.http", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetRelativePath(RepositoryRoot.Find(), path)).SetName($"Runs_top_to_bottom({Path.GetFileName(path)})"));

    [TestCaseSource(nameof(Files))]
    public async Task Http_file_runs_top_to_bottom_through_the_gateway(string relativePath)
    {
        var file = HttpFile.Load(Path.Combine(RepositoryRoot.Find(), relativePath));
        Assert.That(file.Variables["gateway"], Is.EqualTo("http://127.0.0.1:8080"), "every .http file talks to the gateway");
        Assert.That(file.Examples, Is.Not.Empty);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var runner = new HttpFileRunner(http, new Dictionary<string, string>
        {
            ["gateway"] = TopologySetup.Topology.GatewayUrl.ToString().TrimEnd('/'),
        });
        var (log, failures) = await runner.RunAsync(file);
        await TestContext.Out.WriteLineAsync(string.Join(Environment.NewLine, log));
        Assert.That(failures, Is.Empty, string.Join(Environment.NewLine, failures));
    }
}
