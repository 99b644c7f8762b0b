namespace Marketplace.Matching.Tests.Functional;

internal static class DictionaryExtensions
{
    /// <summary>A copy with one field replaced.</summary>
    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value) =>
        new(body) { [field] = value };
}
