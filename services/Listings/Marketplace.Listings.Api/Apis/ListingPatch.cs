using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.ServiceDefaults.Http;

namespace Marketplace.Listings.Api.Apis;

/// <summary>
/// Merges an update body onto the stored listing: the listing as the owner sees it, with every field the body
/// names (null included) replaced. The body is read again from the request (InputGuard buffers JSON bodies), because a
/// bound record cannot tell a missing field from a null one.
/// </summary>
public static class ListingPatch
{
    public static async Task<JobListingRequest> MergeAsync(
        JobListingResponse current, JobListingRequest bound, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.Body.CanSeek)
        {
            return bound;
        }

        request.Body.Position = 0;
        if (await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) is not JsonObject patch)
        {
            return bound;
        }

        var merged = JsonSerializer.SerializeToNode(current, HttpConventions.JsonOptions)!.AsObject();
        foreach (var (name, value) in patch)
        {
            merged[name] = value?.DeepClone();
        }

        return merged.Deserialize<JobListingRequest>(HttpConventions.JsonOptions) ?? bound;
    }
}
