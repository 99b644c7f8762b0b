using System.Text.Json;

namespace Marketplace.Matching.Api.Data;

/// <summary>How certifications are stored in jsonb: snake_case, like the API.</summary>
public static class CertificationJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
