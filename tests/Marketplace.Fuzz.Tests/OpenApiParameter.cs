using System.Text.Json.Nodes;

namespace Marketplace.Fuzz.Tests;

/// <summary>A path, query or header parameter of an operation, with its (resolved) schema.</summary>
public sealed record OpenApiParameter(string Name, string In, bool Required, JsonObject Schema);
