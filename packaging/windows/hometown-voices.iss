; Inno Setup script for Hometown Voices (乡音) on Windows.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\hometown-voices.iss
;
; Packs the one-folder build (build\dist\hometown-voices, made by PyInstaller from
; packaging\hometown-voices.spec) into dist\hometown-voices-VERSION-windows-x64-setup.exe. It
; installs for the current user without administrator rights (or for everyone, if they choose),
; adds 乡音 / Hometown Voices to the Start menu, and uninstalls from Settings > Apps; the
; archives a person made are never touched. Run by packaging/build-windows.sh in CI.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6F1D2C8E-4B7A-4E55-9C3E-2A1B5D7E8F90}
AppName=Hometown Voices 乡音
AppVersion={#AppVersion}
AppVerName=Hometown Voices 乡音 {#AppVersion}
AppPublisher=The Hometown Voices project
DefaultDirName={autopf}\Hometown Voices
DefaultGroupName=Hometown Voices 乡音
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=hometown-voices-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\hometown-voices.ico
UninstallDisplayIcon={app}\HometownVoices.exe
UninstallDisplayName=Hometown Voices 乡音
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
InfoBeforeFile={#Root}\packaging\windows\before-install.txt

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseTraditional.isl")
Name: "chinesetraditional"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\build\dist\hometown-voices\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\packaging\THIRD-PARTY.md"; DestDir: "{app}"; Flags: ignoreversion

[InstallDelete]
; an earlier version's libraries must not linger beside the new ones
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Hometown Voices 乡音"; Filename: "{app}\HometownVoices.exe"
Name: "{autodesktop}\Hometown Voices 乡音"; Filename: "{app}\HometownVoices.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\HometownVoices.exe"; Description: "{cm:LaunchProgram,Hometown Voices}"; Flags: nowait postinstall skipifsilent
