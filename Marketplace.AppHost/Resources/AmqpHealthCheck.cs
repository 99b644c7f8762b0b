using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.AppHost.Resources;

/// <summary>
/// RabbitMQ is ready when it answers the AMQP 0-9-1 protocol header with Connection.Start. A TCP connect is not
/// enough: the listener opens before the broker can serve a connection.
/// </summary>
public sealed class AmqpHealthCheck(int port) : IHealthCheck
{
    private static readonly byte[] ProtocolHeader = [.. "AMQP"u8, 0, 0, 9, 1];

    private bool answered;

    /// <summary>
    /// A handshake until the broker has answered one; from then on a connection that sends nothing, which the broker
    /// does not log (a half-done handshake every few seconds would fill its log with warnings). A refused connection
    /// (the broker stopped) starts over with handshakes.
    /// </summary>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        answered = answered ? await IsListeningAsync(port, cancellationToken) : await IsReadyAsync(port, cancellationToken);
        return answered ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("no AMQP handshake");
    }

    private static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }
    }

    public static async Task<bool> IsReadyAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(ProtocolHeader, timeout.Token);

            // Frame: type 1 (method), channel 0 (2 bytes), size (4 bytes), then class 10 / method 10 = Connection.Start.
            var frame = new byte[11];
            await stream.ReadExactlyAsync(frame, timeout.Token);
            return frame[0] == 1 && frame[7] == 0 && frame[8] == 10 && frame[9] == 0 && frame[10] == 10;
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }
    }
}
