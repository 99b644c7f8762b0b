namespace Marketplace.ScraperIngest.Api.Domain;

/// <summary>A parsed value, or why the input could not be parsed (reported per row, never thrown).</summary>
public readonly record struct ParseResult<T>(T Value, string? Error)
{
    public bool Succeeded => Error is null;

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string error) => new(default!, error);
}
