using System.Text.Json.Serialization;
using FluentValidation;
using HrScorecard.Web;
using HrScorecard.Web.Api;
using HrScorecard.Web.Data;
using HrScorecard.Web.Evaluation;
using HrScorecard.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

var builder = WebApplication.CreateBuilder(args);

// Everything the app writes lives in one folder (a volume in the container image).
var dataFolder = Path.GetFullPath(builder.Configuration["DataFolder"] ?? "App_Data", builder.Environment.ContentRootPath);
Directory.CreateDirectory(dataFolder);
// Keys live in the database, so sign-in cookies and antiforgery tokens survive restarts and work on every instance.
builder.Services.AddDataProtection()
    .SetApplicationName("HrScorecard")
    .PersistKeysToDbContext<ScorecardDbContext>();
builder.Services.AddReverseProxySupport(builder.Configuration);

builder.Services.AddHttpContextAccessor();
builder.Services.AddScorecardDatabase(builder.Configuration, dataFolder);
builder.Services.AddIdentity<ApplicationUser, IdentityRole>(options =>
    {
        options.User.RequireUniqueEmail = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
    })
    .AddEntityFrameworkStores<ScorecardDbContext>()
    .AddDefaultTokenProviders()
    .AddErrorDescriber<HrScorecard.Web.Pages.Account.LocalisedIdentityErrors>();
// A user whose roles an Admin changes (or who is locked out) loses the old rights within a minute, not 30.
builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/Account/Login";
    options.LogoutPath = "/Account/Logout";
    options.AccessDeniedPath = "/Account/AccessDenied";
});
builder.Services.AddSecureCookies(builder.Configuration);
builder.Services.AddLoginRateLimit(builder.Configuration);
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Policies.Administer, p => p.RequireRole(Roles.Admin))
    .AddPolicy(Policies.BuildScorecards, p => p.RequireRole(Roles.HR))
    .AddPolicy(Policies.ReadResults, p => p.RequireRole(Roles.All))
    .AddPolicy(Policies.AnswerQuestionnaires, p => p.RequireRole(Roles.Director))
    .AddPolicy(Policies.RecordActions, p => p.RequireRole(Roles.HR, Roles.Manager));

builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
builder.Services.AddRazorPages(options =>
    {
        // One policy per feature folder (PageAccess); the authorization matrix test checks the outcome against its own table.
        foreach (var (folder, policy) in PageAccess.Folders)
            options.Conventions.AuthorizeFolderExcept(folder, policy, PageAccess.ReadableByAll);
        foreach (var page in PageAccess.ReadableByAll)
            options.Conventions.AuthorizePage(page, Policies.ReadResults);
        options.Conventions.AuthorizePage("/Account/Logout");
        options.Conventions.AddPageApplicationModelConvention("/Account/Login", model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(SecurityHeaders.LoginPolicy)));
    })
    // FluentValidation owns the messages; MVC's implicit [Required] would otherwise answer first with its own wording.
    .AddMvcOptions(options => options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true)
    .AddViewLocalization()
    .AddDataAnnotationsLocalization();
builder.Services.AddMemoryCache();
builder.Services.AddSingleton<EvaluationCache>();
builder.Services.AddValidatorsFromAssemblyContaining<Program>();
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ApiProblemHandler.TranslateStatusTitle);
builder.Services.AddExceptionHandler<ApiProblemHandler>();
builder.Services.AddHealthChecks().AddDbContextCheck<ScorecardDbContext>("database");
builder.Services.AddOpenApi(options => options.AddSchemaTransformer(JudgmentEntry.DescribeInOpenApi));
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
});
// Bad JSON must reach ApiProblemHandler as an exception so the client learns where the body is wrong.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

var app = builder.Build();

if (args.Contains("migrate"))
{
    await DatabaseSetup.MigrateAsync(app.Services);
    app.Logger.LogInformation("Database migrated.");
    return;
}
if (args is [SqliteBackup.Command, var backupFile, ..])
{
    Environment.ExitCode = await SqliteBackup.RunAsync(app.Services, app.Configuration, backupFile, app.Logger);
    await app.DisposeAsync(); // flushes the console log before the process ends
    return;
}
await DatabaseSetup.PrepareAsync(app.Services, app.Configuration, app.Logger);
await DemoData.PrepareAsync(app.Services, app.Configuration.GetValue<bool>("Demo:Enabled"));

app.UseReverseProxySupport();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();

// Numbers are shown and read in the user's culture: Indonesian uses a decimal comma (see Forms/NumberInput).
app.UseRequestLocalization(options =>
{
    HrScorecard.Web.Pages.Account.UiCultures.Configure(options);
    // Content-Language tells API clients (and caches) which language the texts are in.
    options.ApplyCurrentCultureToResponseHeaders = true;
});

app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapAhpEndpoints();
app.MapScorecardEvaluationEndpoints();

app.Run();
