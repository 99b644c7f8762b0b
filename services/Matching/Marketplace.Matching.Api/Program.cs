using Marketplace.Matching.Api.Apis;
using Marketplace.Matching.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMatchingServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapMatchingApi();
app.Run();

/// <summary>The entry point, public so that tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
