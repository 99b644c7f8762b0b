using System.Text.RegularExpressions;

namespace Marketplace.Gateway.Correlation;

/// <summary>
/// The X-Correlation-Id rules: a caller's id is kept when it is short and plain (it ends up in logs and in other
/// services' headers, so no spaces, control characters or unbounded length); otherwise the gateway makes one.
/// </summary>
internal static partial class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public static string New() => Guid.NewGuid().ToString("N");

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex Pattern();
}
