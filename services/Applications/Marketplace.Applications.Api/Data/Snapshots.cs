using System.Text.Json;

namespace Marketplace.Applications.Api.Data;

/// <summary>How snapshots and answers are stored in jsonb: the API's own snake_case JSON.</summary>
public static class Snapshots
{
    public static JsonSerializerOptions Json => Marketplace.ServiceDefaults.Http.HttpConventions.JsonOptions;
}
