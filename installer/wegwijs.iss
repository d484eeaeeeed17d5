; Inno Setup script for Wegwijs (Inno Setup 6). Build the bundle first (python installer\build.py),
; then:   iscc /DAppVersion=0.1.0 installer\wegwijs.iss
; (installer\build.py --installer does both and takes the version from pyproject.toml).
;
; Per-machine install in Program Files, a Start-menu entry, and an uninstaller that removes the
; program but leaves the users' (encrypted) data alone unless asked. Silent switches: see
; docs/installing.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C1F3B0E-5E2A-4C8B-9E57-3A7D2B1F0C42}
AppName=Wegwijs
AppVersion={#AppVersion}
AppVerName=Wegwijs {#AppVersion}
AppPublisher=Wegwijs
AppComments=Brede intake, PIP en sleutelpersonen voor klantmanagers inburgering
DefaultDirName={autopf}\Wegwijs
DefaultGroupName=Wegwijs
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=WegwijsSetup-{#AppVersion}
SetupIconFile=..\build\pyinstaller\wegwijs.ico
UninstallDisplayIcon={app}\Wegwijs.exe
UninstallDisplayName=Wegwijs
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An update closes a running Wegwijs first (it saves every answer as it is given).
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "Snelkoppeling op het bureaublad"; Flags: unchecked

[Files]
Source: "..\dist\Wegwijs\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Municipality defaults, given at install time: /DEFAULTS="\\server\share\wegwijs-defaults.json".
; Copied to C:\ProgramData\Wegwijs; kept on uninstall and update (IT owns that file).
Source: "{param:DEFAULTS|}"; DestDir: "{commonappdata}\Wegwijs"; DestName: "wegwijs-defaults.json"; \
  Flags: external skipifsourcedoesntexist uninsneveruninstall; Check: DefaultsGiven
; A logo named in the defaults file: /LOGO="\\server\share\logo.png" (refer to it as "logo.png").
Source: "{param:LOGO|}"; DestDir: "{commonappdata}\Wegwijs"; \
  Flags: external skipifsourcedoesntexist uninsneveruninstall; Check: LogoGiven

[Icons]
Name: "{autoprograms}\Wegwijs"; Filename: "{app}\Wegwijs.exe"; Comment: "Intake, PIP en sleutelpersonen"
Name: "{autodesktop}\Wegwijs"; Filename: "{app}\Wegwijs.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Wegwijs.exe"; Description: "Wegwijs nu starten"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder (caches Python may have left there); never the users' data folders.
Type: filesandordirs; Name: "{app}"

[Code]
function DefaultsGiven(): Boolean;
begin
  Result := ExpandConstant('{param:DEFAULTS|}') <> '';
end;

function LogoGiven(): Boolean;
begin
  Result := ExpandConstant('{param:LOGO|}') <> '';
end;

function CmdLineHas(const Flag: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Flag) = 0 then
      Result := True;
end;

{ The user's data (%LOCALAPPDATA%\Wegwijs: the encrypted store, its backups, settings) stays
  unless the person uninstalling says so, or a silent uninstall passes /VERWIJDERGEGEVENS. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
  Remove: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{localappdata}\Wegwijs');
  if not DirExists(DataDir) then
    Exit;
  Remove := CmdLineHas('/VERWIJDERGEGEVENS');
  if (not Remove) and (not UninstallSilent) then
    Remove := MsgBox('Wegwijs is verwijderd.' #13#10#13#10 +
      'Wilt u ook de gegevens van Wegwijs op deze computer wissen (' + DataDir + '),' +
      ' met alle dossiers en back-ups? Dit kan niet ongedaan worden gemaakt.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Remove then
    DelTree(DataDir, True, True, True);
end;
