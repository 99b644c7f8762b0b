using Marketplace.AppHost.Hosting.Probes;
using Marketplace.AppHost.Hosting.Processes;
using Marketplace.Testing;

namespace Marketplace.AppHost.Tests;

public sealed class ProcessCleanupTests
{
    [Test]
    public async Task Disposing_the_infrastructure_leaves_no_server_process_and_no_listening_port()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var groups = infrastructure.ProcessIds;
        int[] ports = [infrastructure.PostgresPort, infrastructure.RabbitMqPort, infrastructure.RedisPort];
        Assume.That(groups, Has.Count.EqualTo(3));

        await infrastructure.DisposeAsync();

        Assert.Multiple(async () =>
        {
            foreach (var group in groups)
            {
                Assert.That(ProcessTable.MembersOfGroup(group), Is.Empty, $"process group {group}");
            }

            foreach (var port in ports)
            {
                Assert.That(await TcpProbe.IsListeningAsync(port, CancellationToken.None), Is.False, $"port {port}");
            }

            Assert.That(ProcessTable.WithEnvironment(ChildProcess.StateTag, f => f == infrastructure.StateFolder), Is.Empty);
            Assert.That(Directory.Exists(infrastructure.StateFolder), Is.False);
        });
    }

    [Test]
    public async Task Child_process_dies_with_its_owner_even_when_the_owner_is_killed_outright()
    {
        await using var owner = ChildProcess.Start(new ProcessLaunch("sleep", ["600"], new Dictionary<string, string?>()), _ => { });
        await using var child = ChildProcess.Start(
            new ProcessLaunch("sleep", ["600"], new Dictionary<string, string?>()), _ => { }, ownerPid: owner.Id);
        Assume.That(child.HasExited, Is.False);

        Signals.Send(owner.Id, Signals.Kill);

        Assert.That(await Wait.UntilAsync(() => ProcessTable.MembersOfGroup(child.ProcessGroupId).Count == 0, TimeSpan.FromSeconds(5)),
            Is.True, "the child and its watchdog are gone");
    }

    [Test]
    public async Task Stopping_a_child_kills_everything_it_spawned()
    {
        await using var child = ChildProcess.Start(
            new ProcessLaunch("/bin/sh", ["-c", "sleep 600 & sleep 600 & wait"], new Dictionary<string, string?>()), _ => { });
        Assume.That(await Wait.UntilAsync(() => ProcessTable.MembersOfGroup(child.ProcessGroupId).Count >= 4, TimeSpan.FromSeconds(5)));

        await child.StopAsync(Signals.Terminate, TimeSpan.FromSeconds(1));

        Assert.That(ProcessTable.MembersOfGroup(child.ProcessGroupId), Is.Empty);
    }
}
