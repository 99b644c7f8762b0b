using Marketplace.Applications.Api.Apis;
using Marketplace.Applications.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApplicationsEndpoints();
app.Run();

/// <summary>The entry point, public so that tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
