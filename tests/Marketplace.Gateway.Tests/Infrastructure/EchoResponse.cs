namespace Marketplace.Gateway.Tests.Infrastructure;

/// <summary>What a downstream test service saw of the request the gateway forwarded to it.</summary>
public sealed record EchoResponse(
    string Service,
    string Method,
    string Path,
    string Query,
    string? Authorization,
    string? CorrelationId);
