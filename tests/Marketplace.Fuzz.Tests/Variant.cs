namespace Marketplace.Fuzz.Tests;

/// <summary>One malformed request: what was broken (and in which field), and how to build it.</summary>
public sealed record Variant(string Description, string? Field, string Url, Func<HttpContent?> Content)
{
    public override string ToString() => $"{Description} → {Url}";
}
