using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.ServiceDefaults.ReferenceData;

public static class ReferenceDataExtensions
{
    /// <summary>Registers the offline <see cref="UsGeocoder"/>, loaded on first use from the shared reference data.</summary>
    public static IServiceCollection AddUsGeocoder(this IServiceCollection services) =>
        services.AddSingleton(sp => UsGeocoder.Load(ReferenceFiles.RequireDirectory(sp.GetService<IConfiguration>())));
}
