; Inno Setup 6 script: an installer for the Windows bundle built by scripts\build_bundle.ps1.
; Built with `scripts\build_bundle.ps1 -Installer` (which passes /DAppVersion from pyproject.toml).
; Saved as UTF-8 with a byte order mark: Inno Setup reads the Chinese names right only then.
; Written beside the Linux build and NOT yet compiled on Windows: check it on the first build machine.
;
; Installs dist\one-window\ into Program Files (or, without administrator rights, the user's programs
; folder), with Start menu and optional desktop shortcuts. The station's data is NOT in the program
; folder: it stays in %LOCALAPPDATA%\one-window\ and survives uninstalling and upgrading.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; The AppId identifies the program to Windows across upgrades: never change it.
AppId={{5B0E2C4A-9D3F-4C1E-A7B2-6E1F0D3C8A91}
AppName=一窗通 One Window
AppVersion={#AppVersion}
AppVerName=一窗通 One Window {#AppVersion}
AppPublisher=One Window
DefaultDirName={autopf}\One Window
DefaultGroupName=一窗通 One Window
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..
OutputDir=dist
OutputBaseFilename=one-window-setup-{#AppVersion}
SetupIconFile=resources\icons\one-window.ico
UninstallDisplayIcon={app}\one-window.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Simplified Chinese by default; with ChineseSimplified.isl from the Inno Setup
; translations page copied into its Languages folder, add:
; Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "dist\one-window\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\一窗通 One Window"; Filename: "{app}\one-window.exe"
Name: "{group}\{cm:UninstallProgram,一窗通 One Window}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\一窗通 One Window"; Filename: "{app}\one-window.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\one-window.exe"; Description: "{cm:LaunchProgram,一窗通 One Window}"; Flags: nowait postinstall skipifsilent
