using Marketplace.Gateway.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Gateway.Identity;

/// <summary>
/// A request that presents credentials which do not validate (expired, wrong signature, not a bearer token) is
/// 401 on every route, anonymous ones included: treating it as anonymous would hide a broken client and would
/// forward a bad token to a service that might read it differently.
/// </summary>
internal sealed class InvalidTokenMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if ((context.Request.Headers.Authorization.Count == 0 && !WebSocketAccessToken.InQuery(context.Request))
            || (await context.AuthenticateAsync()).Succeeded)
        {
            await next(context);
            return;
        }

        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
        await GatewayProblem.WriteAsync(
            context,
            StatusCodes.Status401Unauthorized,
            "The access token is not valid.",
            "The Authorization header must carry a valid, unexpired bearer token, or be left out for anonymous routes.");
    }
}
