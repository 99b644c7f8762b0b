using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Marketplace.Gateway.Identity;

/// <summary>
/// Browsers cannot set an Authorization header on a WebSocket, so for the WebSocket paths (the emergency board) the
/// gateway also reads the bearer token from the access_token query parameter and validates it like any other; the
/// query string is forwarded unchanged, so the service validates it again. Other paths never take a token from a URL.
/// </summary>
internal static class WebSocketAccessToken
{
    public static readonly string[] Paths = ["/api/v1/emergency-jobs/ws"];

    public static IServiceCollection AddWebSocketAccessToken(this IServiceCollection services)
    {
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var events = options.Events ?? new JwtBearerEvents();
            var previous = events.OnMessageReceived;
            events.OnMessageReceived = async context =>
            {
                await previous(context);
                if (context.Token is null
                    && context.Request.Headers.Authorization.Count == 0
                    && Paths.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase))
                    && context.Request.Query["access_token"] is { Count: 1 } token)
                {
                    context.Token = token.ToString();
                }
            };
            options.Events = events;
        });
        return services;
    }

    /// <summary>Whether the request carries a token in the query string of a WebSocket path.</summary>
    public static bool InQuery(HttpRequest request) =>
        request.Query.ContainsKey("access_token") && Paths.Any(p => request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));
}
