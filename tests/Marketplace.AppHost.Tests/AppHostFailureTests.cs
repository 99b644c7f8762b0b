using System.Net;
using System.Net.Sockets;
using Marketplace.AppHost.Hosting.Processes;
using Marketplace.Testing;

namespace Marketplace.AppHost.Tests;

public sealed class AppHostFailureTests
{
    [Test]
    public async Task A_taken_gateway_port_fails_the_start_with_one_line_naming_the_resource()
    {
        var port = FreePorts.Take(1)[0];
        using var squatter = new TcpListener(IPAddress.Loopback, port);
        squatter.Start();

        var failure = Assert.ThrowsAsync<InvalidOperationException>(
            async () => await AppHostProcess.StartAsync(TimeSpan.FromMinutes(1), gatewayPort: port));

        Assert.That(failure!.Message, Does.Contain("exited with code 1")
            .And.Contain($"error: gateway: port {port} on 127.0.0.1 is already in use"));
    }
}
