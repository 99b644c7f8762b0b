using Marketplace.Listings.Api.Apis;
using Marketplace.Listings.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddListingsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapListingsApi();
app.MapSavedJobsApi();
app.MapScreeningQuestionsApi();
app.MapListingAssistantApi();
app.MapContractsApi();
app.MapJobAlertsApi();
app.Run();

/// <summary>The entry point, public so that tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
