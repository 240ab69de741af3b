# Multi-stage build: SDK image compiles, the ASP.NET runtime image runs as the non-root "app" user.
# Not buildable on the development machines (no Docker engine there); see docs/architecture.md.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY Directory.Build.props Directory.Packages.props ./
COPY src/HrScorecard.Domain/HrScorecard.Domain.csproj src/HrScorecard.Domain/
COPY src/HrScorecard.Web/HrScorecard.Web.csproj src/HrScorecard.Web/
RUN dotnet restore src/HrScorecard.Web/HrScorecard.Web.csproj
COPY src/ src/
RUN dotnet publish src/HrScorecard.Web/HrScorecard.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
ENV ASPNETCORE_URLS=http://+:8080 \
    DataFolder=/data
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
COPY --from=build /app .
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "HrScorecard.Web.dll"]
