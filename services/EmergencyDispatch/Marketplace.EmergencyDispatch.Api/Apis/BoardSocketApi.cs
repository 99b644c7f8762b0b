using System.Net.WebSockets;
using System.Text;
using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Domain;
using Marketplace.EmergencyDispatch.Api.Extensions;
using Marketplace.EmergencyDispatch.Api.Realtime;
using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Marketplace.EmergencyDispatch.Api.Apis;

/// <summary>
/// The live board: GET /api/v1/emergency-jobs/ws?region=... upgraded to a WebSocket (the token in the Authorization
/// header or the access_token query parameter). The first message is {"type":"connected"}; then new_emergency_job for
/// jobs the caller was notified of or that open in the region, and emergency_job_filled / _cancelled / _expired.
/// </summary>
public static class BoardSocketApi
{
    public const string Path = "/api/v1/emergency-jobs/ws";

    public static IEndpointRouteBuilder MapBoardSocketApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ConnectAsync).WithTags("EmergencyJobs").RequireAuthorization(DispatchPolicies.Member)
            .WithName("EmergencyJobsBoard").WithSummary("WebSocket: the live emergency board");
        return app;
    }

    public static async Task<Results<EmptyHttpResult, ValidationProblem>> ConnectAsync(
        HttpContext context, Caller caller, BoardConnections connections, AvailabilityStore availability, IOptions<DispatchOptions> options,
        [FromQuery(Name = "region")] string? region = null)
    {
        if (region is not null && (region.Length is 0 or > 100 || region.Contains('\0', StringComparison.Ordinal)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["region"] = ["region is 1 to 100 characters."] });
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["upgrade"] = ["This endpoint only accepts WebSocket requests."] });
        }

        // Whom the region's board may show a job to: the token's claims, and the trades of the caller's profile too.
        var profile = await availability.GetAsync(caller.UserId!.Value, context.RequestAborted);
        var viewer = new Viewer(caller.OrganizationId, caller.NetworkIds, caller.Region,
            [.. caller.Trades.Select(t => t.ToLowerInvariant()), .. profile?.Trades ?? []], caller.Verified);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new BoardConnection(caller.UserId!.Value, viewer, region ?? caller.Region, options.Value.ConnectionQueueLimit);
        connections.Add(connection);
        try
        {
            connection.Offer($$"""{"type":"connected","region":{{System.Text.Json.JsonSerializer.Serialize(connection.Region)}}}""");
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, connection.Closing.Token);
            var receiving = DrainAsync(socket, stop.Token);
            var sending = SendAsync(socket, connection, stop.Token);
            await Task.WhenAny(receiving, sending);
            await stop.CancelAsync();
            await CloseAsync(socket, connection.Overflowed);
        }
        finally
        {
            connections.Remove(connection);
            connection.Closing.Dispose();
        }

        return TypedResults.Empty;
    }

    private static async Task SendAsync(WebSocket socket, BoardConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var payload in connection.Queue.Reader.ReadAllAsync(cancellationToken))
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(payload), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed by the client, by the server stopping, or for being too slow: the caller cleans up.
        }
    }

    /// <summary>Reads (and ignores) what the client sends, until it closes or drops.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }
    }

    private static async Task CloseAsync(WebSocket socket, bool overflowed)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            socket.Abort();
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(
                overflowed ? WebSocketCloseStatus.PolicyViolation : WebSocketCloseStatus.NormalClosure,
                overflowed ? "too slow" : null, timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            socket.Abort();
        }
    }
}
