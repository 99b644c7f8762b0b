using System.Net.WebSockets;
using System.Text;

namespace Marketplace.Web.Api.Emergency;

/// <summary>
/// The circuit's connection to the live board (GET /api/v1/emergency-jobs/ws through the gateway, the token in the
/// access_token query parameter): every text message goes to <c>onMessage</c>; when the socket drops it reconnects
/// with backoff (1 s, 2 s, 4 s … 30 s) until <see cref="DisposeAsync"/>.
/// </summary>
public sealed class BoardSocket(Func<CancellationToken, Task<Uri>> address, Func<string, Task> onMessage,
    Func<BoardConnectionState, Task> onState, ILogger logger) : IAsyncDisposable
{
    public const string Path = "/api/v1/emergency-jobs/ws";

    private readonly CancellationTokenSource stopping = new();
    private Task? running;

    public void Start() => running = RunAsync(stopping.Token);

    /// <summary>How long to wait before the n-th reconnect (0-based): doubling from 1 s, at most 30 s.</summary>
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(attempt, 5))));

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var attempt = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await onState(attempt == 0 ? BoardConnectionState.Connecting : BoardConnectionState.Reconnecting);
                using var socket = new ClientWebSocket();
                using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    connectTimeout.CancelAfter(TimeSpan.FromSeconds(15));
                    await socket.ConnectAsync(await address(connectTimeout.Token), connectTimeout.Token);
                }

                await onState(BoardConnectionState.Live);
                attempt = 0;
                await ReceiveAsync(socket, cancellationToken);
                await CloseAsync(socket);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or OperationCanceledException or InvalidOperationException)
            {
                logger.LogInformation(ex, "The live board's connection dropped; reconnecting");
            }

            try
            {
                await onState(BoardConnectionState.Reconnecting);
                await Task.Delay(Backoff(attempt++), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                if (result.MessageType == WebSocketMessageType.Text)
                {
                    await onMessage(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                }

                message.SetLength(0);
            }
        }
    }

    private static async Task CloseAsync(ClientWebSocket socket)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                socket.Abort();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (running is not null)
        {
            try
            {
                await running;
            }
            catch (OperationCanceledException)
            {
            }
        }

        stopping.Dispose();
    }
}
