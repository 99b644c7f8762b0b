using System.Text.Json;

namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>How certifications are stored in the jsonb column: the API's own snake_case.</summary>
public static class CertificationJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
