using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Marketplace.Web.Identity;

/// <summary>
/// The signed-in person's gateway token, read from the session cookie's principal (the <see cref="WebClaims.AccessToken"/>
/// claim): through the AuthenticationStateProvider inside components (an interactive circuit has no HttpContext), and
/// from the request's user in a plain endpoint such as the sign-in post.
/// </summary>
public sealed class AccessTokenProvider(AuthenticationStateProvider authentication, IHttpContextAccessor request)
{
    public async ValueTask<string?> GetAsync() => (await UserAsync())?.FindFirst(WebClaims.AccessToken)?.Value;

    private async ValueTask<ClaimsPrincipal?> UserAsync()
    {
        try
        {
            return (await authentication.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException) when (request.HttpContext is { } context)
        {
            // Outside a component's scope (an endpoint): the provider refuses, the request knows.
            return context.User;
        }
    }
}
