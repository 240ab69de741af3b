using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using HrScorecard.Web.Api;

var builder = WebApplication.CreateBuilder(args);

// Everything the app writes lives in one folder (a volume in the container image).
var dataFolder = Path.GetFullPath(builder.Configuration["DataFolder"] ?? "App_Data", builder.Environment.ContentRootPath);
Directory.CreateDirectory(dataFolder);
// Persisted keys keep antiforgery tokens and cookies valid across restarts.
builder.Services.AddDataProtection()
    .SetApplicationName("HrScorecard")
    .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));

builder.Services.AddRazorPages();
builder.Services.AddValidatorsFromAssemblyContaining<Program>();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ApiProblemHandler>();
builder.Services.AddHealthChecks();
builder.Services.AddOpenApi(options => options.AddSchemaTransformer(JudgmentEntry.DescribeInOpenApi));
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
});
// Bad JSON must reach ApiProblemHandler as an exception so the client learns where the body is wrong.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
if (!app.Environment.IsDevelopment())
    app.UseHsts();

app.UseRouting();
app.UseAuthorization();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapAhpEndpoints();
app.MapScorecardEvaluationEndpoints();

app.Run();
