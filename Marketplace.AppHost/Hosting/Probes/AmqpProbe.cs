using System.Net;
using System.Net.Sockets;

namespace Marketplace.AppHost.Hosting.Probes;

/// <summary>
/// RabbitMQ is ready when it answers the AMQP 0-9-1 protocol header with Connection.Start. A TCP connect is not
/// enough: the listener opens before the broker can serve a connection.
/// </summary>
public static class AmqpProbe
{
    private static readonly byte[] ProtocolHeader = "AMQP"u8.ToArray().Concat(new byte[] { 0, 0, 9, 1 }).ToArray();

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
