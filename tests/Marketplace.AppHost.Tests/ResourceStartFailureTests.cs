using Marketplace.AppHost.Hosting.Processes;
using Marketplace.AppHost.Hosting.Resources;

namespace Marketplace.AppHost.Tests;

public sealed class ResourceStartFailureTests
{
    [Test]
    public async Task A_project_that_exits_during_start_fails_naming_itself_its_exit_code_and_log_tail()
    {
        var folder = Directory.CreateTempSubdirectory("marketplace-resource-").FullName;
        var notAnAssembly = Path.Combine(folder, "Broken.dll");
        await File.WriteAllTextAsync(notAnAssembly, "not an assembly");
        var project = new ProjectResource("broken", folder, notAnAssembly, FreePorts.Take(1)[0], () => new Dictionary<string, string?>());

        var failure = Assert.ThrowsAsync<ResourceStartException>(() => project.StartAsync(CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(failure!.Message, Does.StartWith("broken: exited with code ").And.EndWith(" during start"));
            Assert.That(failure.LogTail, Is.Not.Empty);
            Assert.That(project.State, Is.EqualTo(ResourceState.Failed));
        });
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void A_server_that_never_becomes_healthy_fails_after_its_timeout_and_is_killed()
    {
        var folder = Directory.CreateTempSubdirectory("marketplace-resource-").FullName;
        var silent = new NeverHealthy(folder) { StartTimeout = TimeSpan.FromSeconds(1) };

        var failure = Assert.ThrowsAsync<ResourceStartException>(() => silent.StartAsync(CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(failure!.Message, Is.EqualTo("silent: not healthy within 1s"));
            Assert.That(ProcessTable.WithEnvironment(ChildProcess.StateTag, f => f == folder), Is.Empty);
        });
        Directory.Delete(folder, recursive: true);
    }

    private sealed class NeverHealthy(string folder) : ProcessResource("silent", "test", folder)
    {
        public override string? Endpoint => null;

        public override IEnumerable<int> RequiredPorts => [];

        public override Task<bool> IsHealthyAsync(CancellationToken cancellationToken) => Task.FromResult(false);

        protected override ProcessLaunch CreateLaunch() => new("sleep", ["600"], new Dictionary<string, string?>());
    }
}
