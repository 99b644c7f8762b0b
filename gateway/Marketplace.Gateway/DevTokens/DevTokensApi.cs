using Marketplace.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Gateway.DevTokens;

/// <summary>
/// POST /dev/tokens: tokens signed with the development key for local runs and the .http examples. Mapped only in
/// the Development environment; anywhere else the path does not exist.
/// </summary>
internal static class DevTokensApi
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static IEndpointRouteBuilder MapDevTokensApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/tokens", IssueToken)
            .AllowAnonymous()
            .WithName("IssueDevelopmentToken")
            .WithSummary("Issues a development JWT with the given claims (Development environment only).")
            .WithTags("Development");
        return app;
    }

    internal static Results<Ok<DevTokenResponse>, ValidationProblem> IssueToken(DevTokenRequest request, JwtSettings settings)
    {
        var errors = DevTokenRequestValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var token = DevelopmentTokens.Create(
            new TokenRequest(request.Sub!.Value, request.OrgId, request.Roles, request.NetworkIds, request.Region, request.Trades, request.Verified),
            settings,
            Lifetime);
        return TypedResults.Ok(new DevTokenResponse(token, "Bearer", (int)Lifetime.TotalSeconds));
    }
}
