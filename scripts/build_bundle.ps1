# Builds the Windows desktop bundle dist\one-window\ (one-window.exe for the desk, one-window-cli.exe for
# scheduled jobs, _internal\ beside them) and optionally its installer. See packaging\README.md.
# Written beside the Linux build (scripts/build_bundle) and NOT yet run on Windows: check it on the first
# Windows build machine.
#
#   powershell -ExecutionPolicy Bypass -File scripts\build_bundle.ps1             build
#   powershell -ExecutionPolicy Bypass -File scripts\build_bundle.ps1 -Smoke      build, then start and check it
#   powershell -ExecutionPolicy Bypass -File scripts\build_bundle.ps1 -Installer  build, then Inno Setup
#
# Needs Python 3.11 (the py launcher) and, for -Installer, Inno Setup 6 (https://jrsoftware.org/isinfo.php).
param([switch]$Smoke, [switch]$Installer, [string]$PyInstallerVersion = "6.22.3")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$py = ".venv\Scripts\python.exe"

if (-not (Test-Path $py)) {
    py -3.11 -m venv .venv
    if ($LASTEXITCODE -ne 0) { throw "cannot create .venv: install Python 3.11 first" }
    & $py -m pip install -q --upgrade pip
    & $py -m pip install -q -e ".[test]"   # the program, psycopg for PostgreSQL, pypdf for -Smoke
    if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
}
& $py -c "import PyInstaller" 2>$null
if ($LASTEXITCODE -ne 0) {
    Write-Host "installing pyinstaller $PyInstallerVersion into .venv"
    & $py -m pip install -q "pyinstaller==$PyInstallerVersion"
    if ($LASTEXITCODE -ne 0) { throw "pip install pyinstaller failed" }
}

$start = Get-Date
& $py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\one-window.spec
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
$files = Get-ChildItem dist\one-window -Recurse -File
$mb = ($files | Measure-Object Length -Sum).Sum / 1MB
Write-Host ("bundle: dist\one-window - {0:N0} MB, {1} files, built in {2:N0} s" -f $mb, $files.Count, ((Get-Date) - $start).TotalSeconds)

if ($Smoke) {
    & $py packaging\smoke_bundle.py dist\one-window
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

if ($Installer) {
    $version = & $py -c "import sys; sys.path.insert(0, 'packaging'); import bundle_manifest as m; print(m.project_version())"
    $iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe") |
        Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found" }
    & $iscc "/DAppVersion=$version" packaging\one-window.iss
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    Write-Host "installer: dist\one-window-setup-$version.exe"
}
