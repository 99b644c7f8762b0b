using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Marketplace.EmergencyDispatch.Api.Extensions;

/// <summary>
/// Browsers cannot set headers on a WebSocket, so the board's path also takes the bearer token from the
/// access_token query parameter (only that path: elsewhere a token in a URL would end up in logs and caches).
/// It is validated like any other token.
/// </summary>
public static class AccessTokenFromQuery
{
    public static IServiceCollection AddAccessTokenFromQuery(this IServiceCollection services, string path)
    {
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var events = options.Events ?? new JwtBearerEvents();
            var previous = events.OnMessageReceived;
            events.OnMessageReceived = async context =>
            {
                await previous(context);
                if (context.Token is null
                    && context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
                    && context.Request.Headers.Authorization.Count == 0
                    && context.Request.Query["access_token"] is { Count: 1 } token)
                {
                    context.Token = token.ToString();
                }
            };
            options.Events = events;
        });
        return services;
    }
}
