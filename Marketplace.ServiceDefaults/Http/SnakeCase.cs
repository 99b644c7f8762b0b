using System.Collections.Concurrent;
using System.Text.Json;

namespace Marketplace.ServiceDefaults.Http;

/// <summary>
/// Enum values as the API, the database and the events spell them (lower snake_case, ARCHITECTURE §3), and back.
/// Query strings are parsed here rather than by model binding, which only knows the C# names.
/// </summary>
public static class SnakeCase
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> Parsers = new();

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static string? Of<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Of(v) : null;

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var names = Parsers.GetOrAdd(typeof(TEnum), _ => Enum.GetValues<TEnum>()
            .ToDictionary(v => Of(v), v => (object)v, StringComparer.OrdinalIgnoreCase));
        if (text is not null && names.TryGetValue(text.Trim(), out var found))
        {
            value = (TEnum)found;
            return true;
        }

        value = default;
        return false;
    }

    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}.");

    public static string Names<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(v => Of(v)));
}
