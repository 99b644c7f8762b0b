namespace Marketplace.Gateway.Tests.Infrastructure;

public sealed record CapturedLog(string Category, string Message, IReadOnlyDictionary<string, object?> Scopes);
