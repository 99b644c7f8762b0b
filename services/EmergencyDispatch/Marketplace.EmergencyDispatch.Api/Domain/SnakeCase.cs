using System.Collections.Concurrent;
using System.Text.Json;

namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>Enum values as the API, the database and the events spell them (lower snake_case), and back.</summary>
public static class SnakeCase
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> Parsers = new();

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

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

    public static string Names<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(v => Of(v)));
}
