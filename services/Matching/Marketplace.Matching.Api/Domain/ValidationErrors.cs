namespace Marketplace.Matching.Api.Domain;

/// <summary>Collects field errors for TypedResults.ValidationProblem; the first message per rule, every field.</summary>
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

    public void Required<T>(string field, T? value) where T : struct => Check(value is not null, field, $"{field} is required.");

    public void Length(string field, string? value, int min, int max, bool required = false)
    {
        if (value is null)
        {
            Check(!required, field, $"{field} is required.");
            return;
        }

        Check(!value.Contains('\0', StringComparison.Ordinal), field, $"{field} must not contain NUL characters.");
        var length = value.Trim().Length;
        Check(length >= min && length <= max, field, $"{field} must be {min} to {max} characters.");
    }

    public void Range<T>(string field, T? value, T min, T max) where T : struct, IComparable<T> =>
        Check(value is not { } v || v.CompareTo(min) >= 0 && v.CompareTo(max) <= 0, field, $"{field} must be between {min} and {max}.");

    public void List(string field, IReadOnlyList<string?>? items, int maxItems, int maxLength)
    {
        if (items is null)
        {
            return;
        }

        Check(items.Count <= maxItems, field, $"{field} has at most {maxItems} items.");
        Check(items.All(i => !string.IsNullOrWhiteSpace(i) && i.Length <= maxLength && !i.Contains('\0', StringComparison.Ordinal)), field,
            $"{field} items are non-empty and at most {maxLength} characters.");
    }

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
}
