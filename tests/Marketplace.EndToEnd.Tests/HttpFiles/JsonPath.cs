using System.Globalization;
using System.Text.Json;

namespace Marketplace.EndToEnd.Tests.HttpFiles;

/// <summary>The JSONPath subset REST Client captures use: <c>$.a.b</c>, <c>$.items[0].id</c>; <c>$</c> alone is the body.</summary>
public static class JsonPath
{
    /// <summary>The value at <paramref name="path"/> as text (a string unquoted, anything else as JSON), or null if absent.</summary>
    public static string? Select(string json, string path)
    {
        if (!path.StartsWith('$'))
        {
            throw new FormatException($"'{path}' is not a JSONPath (REST Client needs $.field)");
        }

        JsonElement current;
        try
        {
            current = JsonDocument.Parse(json).RootElement;
        }
        catch (JsonException)
        {
            return null;
        }

        foreach (var step in path[1..].Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (step.StartsWith('['))
            {
                var index = int.Parse(step.Trim('[', ']'), CultureInfo.InvariantCulture);
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                {
                    return null;
                }

                current = current[index];
            }
            else if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(step, out current))
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.String ? current.GetString() : current.GetRawText();
    }
}
