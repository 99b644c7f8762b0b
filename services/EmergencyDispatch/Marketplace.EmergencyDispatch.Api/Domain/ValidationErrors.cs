namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>Collects field errors for TypedResults.ValidationProblem: every field at fault, named as the API spells it.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsEmpty => errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void Check(bool condition, string field, string message)
    {
        if (!condition)
        {
            Add(field, message);
        }
    }

    /// <summary>Optional text: at most <paramref name="max"/> characters and no NUL (PostgreSQL text cannot hold one).</summary>
    public void Text(string field, string? value, int max, bool required = false, int min = 1)
    {
        if (value is null || value.Trim().Length == 0)
        {
            Check(!required, field, $"{field} is required.");
            return;
        }

        Check(!value.Contains('\0', StringComparison.Ordinal), field, $"{field} must not contain NUL characters.");
        var length = value.Trim().Length;
        Check(length >= min && length <= max, field, $"{field} must be {min} to {max} characters.");
    }

    public void Range(string field, double? value, double min, double max, bool required = false)
    {
        if (value is not { } v)
        {
            Check(!required, field, $"{field} is required.");
            return;
        }

        Check(double.IsFinite(v) && v >= min && v <= max, field, $"{field} must be between {min} and {max}.");
    }

    public void List(string field, IReadOnlyList<string?>? items, int maxItems, int maxLength)
    {
        if (items is null)
        {
            return;
        }

        if (items.Count > maxItems)
        {
            // One error for the list, not one per item of a list of a million.
            Add(field, $"{field} has at most {maxItems} items.");
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null || item.Trim().Length == 0 || item.Length > maxLength || item.Contains('\0', StringComparison.Ordinal))
            {
                Add($"{field}[{i}]", $"{field} items are non-empty, at most {maxLength} characters, without NUL characters.");
            }
        }
    }

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
}
