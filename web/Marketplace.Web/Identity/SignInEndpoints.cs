using System.Text.Json.Serialization;
using Marketplace.Web.Gateway;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Identity;

/// <summary>
/// The form posts behind sign-in and sign-out. They are plain HTTP endpoints, not components, because only a real
/// response can set or clear the session cookie.
/// </summary>
internal static class SignInEndpoints
{
    public static WebApplication MapSignInEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        if (app.Environment.IsDevelopment())
        {
            // The gateway serves /dev/tokens only in Development; so does this.
            account.MapPost("/dev-sign-in", DevSignInAsync);
        }

        account.MapGet("/sign-in", (string? returnUrl) =>
            TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [WebSignIn.OidcScheme]));
        account.MapPost("/sign-out", async (HttpContext context) =>
        {
            await context.SignOutAsync(WebClaims.Scheme);
            return TypedResults.LocalRedirect("/");
        });
        return app;
    }

    /// <summary>A persona from the picker, or any sub/org/roles (how the browser tests sign in as a fresh person).</summary>
    private static async Task<IResult> DevSignInAsync([FromForm] DevSignInForm form, GatewayClient gateway, HttpContext context)
    {
        var persona = Persona.Find(form.Persona);
        var roles = persona?.Roles ?? Split(form.Roles);
        var request = new DevTokenRequest(
            persona?.Sub ?? (Guid.TryParse(form.Sub, out var sub) ? sub : Guid.NewGuid()),
            persona?.OrgId ?? (Guid.TryParse(form.OrgId, out var org) ? org : null),
            roles,
            persona?.Region ?? Blank(form.Region),
            persona?.Trades ?? Split(form.Trades),
            true);
        var issued = await gateway.PostAsync<DevTokenResponse>("/dev/tokens", request, context.RequestAborted);
        if (!issued.Succeeded)
        {
            return TypedResults.LocalRedirect("/sign-in?error=" + Uri.EscapeDataString(issued.Problem!.Message));
        }

        var name = persona?.Name ?? Blank(form.Name) ?? "Guest";
        await context.SignInAsync(WebClaims.Scheme, WebSignIn.PrincipalFor(issued.Value!.AccessToken, name), WebSignIn.SessionProperties());
        return TypedResults.LocalRedirect(LocalOrHome(form.ReturnUrl));
    }

    /// <summary>Only a path on this site: an open redirect would hand a signed-in person to anyone's page.</summary>
    internal static string LocalOrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";

    private static List<string> Split(string? values) =>
        (values ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The picker's form; every field optional (a persona needs only its key).</summary>
    internal sealed class DevSignInForm
    {
        public string? Persona { get; set; }
        public string? Sub { get; set; }
        public string? OrgId { get; set; }
        public string? Roles { get; set; }
        public string? Region { get; set; }
        public string? Trades { get; set; }
        public string? Name { get; set; }
        public string? ReturnUrl { get; set; }
    }

    private sealed record DevTokenRequest(Guid Sub, Guid? OrgId, IReadOnlyList<string> Roles, string? Region,
        IReadOnlyList<string> Trades, bool Verified);

    private sealed record DevTokenResponse([property: JsonPropertyName("access_token")] string AccessToken);
}
