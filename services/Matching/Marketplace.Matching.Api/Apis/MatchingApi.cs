namespace Marketplace.Matching.Api.Apis;

/// <summary>Matching's route table: profiles, candidates, roles, recommendations and matches.</summary>
public static class MatchingApi
{
    public static IEndpointRouteBuilder MapMatchingApi(this IEndpointRouteBuilder app) => app
        .MapProfilesApi()
        .MapCandidatesApi()
        .MapRolesApi()
        .MapRecommendationsApi()
        .MapJobMatchesApi();
}
