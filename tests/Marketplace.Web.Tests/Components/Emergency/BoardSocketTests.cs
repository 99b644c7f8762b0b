using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using Marketplace.Web.Api.Emergency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Marketplace.Web.Tests.Components.Emergency;

/// <summary>The circuit's board connection against a real (local Kestrel) WebSocket that drops after each message.</summary>
public sealed class BoardSocketTests
{
    [Test]
    public async Task A_dropped_board_connection_reconnects_and_keeps_delivering_messages()
    {
        var connections = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var server = builder.Build();
        server.UseWebSockets();
        server.Map("/ws", async (HttpContext context) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var n = Interlocked.Increment(ref connections);
            await socket.SendAsync(Encoding.UTF8.GetBytes($$"""{"type":"connected","n":{{n}}}"""), WebSocketMessageType.Text, true, default);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, default); // the server goes away
        });
        await server.StartAsync();
        var address = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var messages = new ConcurrentQueue<string>();
        var states = new ConcurrentQueue<BoardConnectionState>();
        var socket = new BoardSocket(_ => Task.FromResult(new Uri($"ws://{address.Authority}/ws")),
            m => { messages.Enqueue(m); return Task.CompletedTask; },
            s => { states.Enqueue(s); return Task.CompletedTask; }, NullLogger.Instance);
        socket.Start();

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (messages.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await socket.DisposeAsync();
        Assert.That(messages, Has.Some.Contains("\"n\":1").And.Some.Contains("\"n\":2"), "a second connection after the first dropped");
        Assert.That(states, Does.Contain(BoardConnectionState.Reconnecting).And.Contain(BoardConnectionState.Live));
    }

    [Test]
    public async Task Disposing_the_board_connection_stops_reconnecting()
    {
        var attempts = 0;
        var socket = new BoardSocket(_ =>
        {
            Interlocked.Increment(ref attempts);
            return Task.FromResult(new Uri("ws://127.0.0.1:1/ws")); // nothing listens there
        }, _ => Task.CompletedTask, _ => Task.CompletedTask, NullLogger.Instance);
        socket.Start();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref attempts) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await socket.DisposeAsync();
        var after = Volatile.Read(ref attempts);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.That(Volatile.Read(ref attempts), Is.EqualTo(after));
    }
}
