using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HrScorecard.Web.Tests.Support;

/// <summary>Clients signed in through the real login form with the demo accounts (demo mode is on in tests).</summary>
public static class SignIn
{
    public const string Password = "Demo#2026";

    public static string DemoAccountOf(string role) => role switch
    {
        "Admin" => "admin@demo.local",
        "HR" => "hr@demo.local",
        "Director" => "director1@demo.local",
        "Manager" => "manager@demo.local",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Admin, HR, Director or Manager"),
    };

    /// <summary>A client that does not follow redirects, so tests see 302s to the login or access-denied page.</summary>
    public static HttpClient AnonymousClient(this WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<HttpClient> SignedInAsAsync(this WebApplicationFactory<Program> factory, string role)
    {
        var client = factory.AnonymousClient();
        await client.SignInAsync(DemoAccountOf(role), Password);
        return client;
    }

    public static async Task SignInAsync(this HttpClient client, string email, string password)
    {
        var form = await HtmlForm.FromPageAsync(client, "/Account/Login", "#login-form");
        var response = await form.Set("Input.Email", email).Set("Input.Password", password).PostAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {email} answered {(int)response.StatusCode}.");
    }
}
