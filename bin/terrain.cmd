@echo off
rem The terrain command line on Windows. Works from any folder, in two layouts:
rem  - the release archive (terrain-<version>\bin\terrain.cmd beside lib\terrain.jar): runs that jar;
rem  - a clone of the sources: builds cli\target\terrain.jar with the Maven wrapper when it is
rem    missing (run "mvnw.cmd -pl cli -am package -DskipTests" again after changing a source).
rem Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH (Java 17+).
rem TERRAIN_JAVA_OPTS passes options to Java, e.g. set TERRAIN_JAVA_OPTS=-Xmx4g
setlocal
set "TERRAIN_ROOT=%~dp0.."

if defined JAVA_HOME (
  if not exist "%JAVA_HOME%\bin\java.exe" (
    echo terrain: JAVA_HOME is set to "%JAVA_HOME%", but "%JAVA_HOME%\bin\java.exe" is not there: point JAVA_HOME at a Java 17+ installation, or unset it to use java on the PATH 1>&2
    exit /b 127
  )
  set "TERRAIN_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  where java >nul 2>nul
  if errorlevel 1 (
    echo terrain: no Java found: install Java 17 or later, then set JAVA_HOME to it or put its bin folder on the PATH 1>&2
    exit /b 127
  )
  set "TERRAIN_JAVA=java"
)

if exist "%TERRAIN_ROOT%\lib\terrain.jar" (
  set "TERRAIN_JAR=%TERRAIN_ROOT%\lib\terrain.jar"
) else (
  set "TERRAIN_JAR=%TERRAIN_ROOT%\cli\target\terrain.jar"
)
if exist "%TERRAIN_JAR%" goto run
echo terrain: building the command line (first use; a minute or two, log in %TERRAIN_ROOT%\cli\.terrain-build.log) 1>&2
pushd "%TERRAIN_ROOT%"
call mvnw.cmd -B --no-transfer-progress -DskipTests -Denforcer.skip=true -pl cli -am package > "cli\.terrain-build.log" 2>&1
if errorlevel 1 (
  popd
  echo terrain: the build failed; see %TERRAIN_ROOT%\cli\.terrain-build.log 1>&2
  exit /b 2
)
popd

:run
"%TERRAIN_JAVA%" %TERRAIN_JAVA_OPTS% -jar "%TERRAIN_JAR%" %*
exit /b %ERRORLEVEL%
