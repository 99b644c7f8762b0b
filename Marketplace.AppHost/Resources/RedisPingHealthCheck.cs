using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.AppHost.Resources;

/// <summary>Redis is ready when PING answers +PONG (while loading its data set it answers -LOADING).</summary>
internal sealed class RedisPingHealthCheck(int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("*1\r\n$4\r\nPING\r\n"u8.ToArray(), timeout.Token);
            var reply = new byte[7];
            await stream.ReadExactlyAsync(reply, timeout.Token);
            return Encoding.ASCII.GetString(reply) == "+PONG\r\n" ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("no PONG");
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
