using Marketplace.ServiceDefaults.Identity;

namespace Marketplace.Web.Identity;

/// <summary>
/// A ready-made person for the Development sign-in picker, with fixed ids so what they did survives a sign-out and a
/// restart. The picker also signs in anyone else (custom ids and roles), which is what the browser tests use.
/// </summary>
public sealed record Persona(string Key, string Name, string Description, Guid Sub, Guid? OrgId, IReadOnlyList<string> Roles,
    string? Region, IReadOnlyList<string> Trades)
{
    private static readonly Guid LakeviewProperties = Guid.Parse("6f1c1a52-3f5e-4d0e-9a53-7a2b9e0c1d01");
    private static readonly Guid NorthsideMechanical = Guid.Parse("6f1c1a52-3f5e-4d0e-9a53-7a2b9e0c1d02");

    public static IReadOnlyList<Persona> All { get; } =
    [
        new("technician", "Tess Alvarez", "HVAC and elevator technician in Chicago: finds work, applies, answers emergency calls.",
            Guid.Parse("2b7e0f7c-8d0a-4c55-a3f4-1e5d7c0a9b01"), NorthsideMechanical,
            [MarketplaceRoles.Technician, MarketplaceRoles.Candidate], "us-il", ["hvac", "elevator"]),
        new("employer", "Erin Park", "Hiring manager at Lakeview Properties: posts listings, ranks applicants, makes offers.",
            Guid.Parse("2b7e0f7c-8d0a-4c55-a3f4-1e5d7c0a9b02"), LakeviewProperties,
            [MarketplaceRoles.Employer, MarketplaceRoles.Recruiter], "us-il", []),
        new("dispatcher", "Dan Ruiz", "Dispatcher at Lakeview Properties: posts same-day emergency jobs and assigns them.",
            Guid.Parse("2b7e0f7c-8d0a-4c55-a3f4-1e5d7c0a9b03"), LakeviewProperties,
            [MarketplaceRoles.Dispatcher, MarketplaceRoles.Employer], "us-il", []),
        new("candidate", "Casey Morgan", "Building manager looking for a permanent role.",
            Guid.Parse("2b7e0f7c-8d0a-4c55-a3f4-1e5d7c0a9b04"), null,
            [MarketplaceRoles.Candidate], "us-il", []),
    ];

    public static Persona? Find(string? key) => All.FirstOrDefault(p => p.Key == key);
}
