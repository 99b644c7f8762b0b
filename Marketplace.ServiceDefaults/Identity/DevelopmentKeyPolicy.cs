using Microsoft.Extensions.Hosting;

namespace Marketplace.ServiceDefaults.Identity;

/// <summary>
/// The one place that decides whether tokens may be checked against the development signing key that is in the
/// source: only in Development (and Testing, the environment tests host services in). Anywhere else a service
/// without Jwt:Authority or its own Jwt:SigningKey refuses to start, naming the settings (issue #9, item 1).
/// </summary>
public static class DevelopmentKeyPolicy
{
    public static bool Allows(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    public static void EnsureAcceptable(JwtSettings settings, IHostEnvironment environment)
    {
        if (settings.Authority is null && settings.SigningKey == JwtSettings.DevelopmentKey && !Allows(environment))
        {
            throw new InvalidOperationException(
                $"No token issuer is configured for the '{environment.EnvironmentName}' environment: set Jwt:Authority (an OIDC "
                + "provider) or Jwt:SigningKey (a secret of at least 32 bytes). The development signing key is accepted only in Development.");
        }

        if (settings.Authority is null && System.Text.Encoding.UTF8.GetByteCount(settings.SigningKey) < 32)
        {
            throw new InvalidOperationException("Jwt:SigningKey must be at least 32 bytes.");
        }
    }
}
