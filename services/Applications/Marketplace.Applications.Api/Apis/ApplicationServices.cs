using Marketplace.Applications.Api.Data;
using Npgsql;

namespace Marketplace.Applications.Api.Apis;

/// <summary>What the application handlers need, bound with [AsParameters].</summary>
public sealed record ApplicationServices(NpgsqlDataSource DataSource, ApplicationStore Store, TimeProvider Time);
