<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/common/errortext.cpp" line="+26"/>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database cannot be opened: %1 It has not been changed; restore it from a backup or ask your administrator.</source>
        <translation>No se puede abrir la base de datos: %1 No se ha modificado; restáurela desde una copia de seguridad o consulte a su administrador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not allowed: %1</source>
        <translation>No permitido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full: %1</source>
        <translation>El disco está lleno: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be read or written: %1</source>
        <translation>No se pudo leer ni escribir el archivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::AddUserDialog</name>
    <message>
        <location filename="../ui/admin/adduserdialog.cpp" line="+27"/>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add user</source>
        <translation>&amp;Agregar usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new user signs in with the temporary password below and must then choose their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: mgarcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseledger::ui::AdminPage</name>
    <message>
        <location filename="../ui/admin/adminpage.cpp" line="+51"/>
        <location line="+8"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change r&amp;ole…</source>
        <translation>Cambiar r&amp;ol…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+186"/>
        <location line="+6"/>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-191"/>
        <source>&amp;Enable…</source>
        <translation>&amp;Activar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload lis&amp;t</source>
        <translation>Recargar lis&amp;ta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload the user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The user was added. Give them the temporary password in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password of %1 was reset; they must change it at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The account of %1 is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The role of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable the account of %1 (%2)? They can no longer sign in; their key slot is removed. An administrator can enable the account again with a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The account of %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseledger::ui::AuditVerificationBox</name>
    <message>
        <location filename="../ui/admin/auditverificationbox.cpp" line="+23"/>
        <source>the record was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a record was inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a record is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records are out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the log was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a signed checkpoint does not match the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every action is recorded in a chained, signed log. Verification proves that no record was changed, removed, inserted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About audit verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Verificar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The audit log is intact: %L1 records and %L2 signed checkpoints checked; none was changed, removed, inserted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit log is damaged at record %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this database as it is and tell your security officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit verification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the audit log… %L1 records so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Verification was cancelled.</source>
        <translation>Se canceló la verificación.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/shell/changepassworddialog.cpp" line="+39"/>
        <location line="+1"/>
        <source>Change your password</source>
        <translation>Cambiar su contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You signed in with a temporary password. Choose your own password before you continue.</source>
        <translation>Entró con una contraseña temporal. Elija su propia contraseña antes de continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new password for your account.</source>
        <translation>Elija una contraseña nueva para su cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 12 characters; a short sentence is easy to remember. Common passwords are refused.</source>
        <translation>Al menos 12 caracteres; una frase corta es fácil de recordar. Las contraseñas comunes se rechazan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password rules</source>
        <translation>Reglas de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the new password</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña a&amp;ctual:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repita la contraseña nueva:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing the password</source>
        <translation>Cambiando la contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::ChangeRoleDialog</name>
    <message>
        <location filename="../ui/admin/changeroledialog.cpp" line="+13"/>
        <source>Change the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What %1 may do from the next action on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseledger::ui::FormMessages</name>
    <message>
        <location filename="../ui/common/formmessages.cpp" line="+28"/>
        <source>Message about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseledger::ui::HomePage</name>
    <message>
        <location filename="../ui/shell/homepage.cpp" line="+17"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the list on the left or the Go menu (Alt+1, Alt+2, …) to move between pages. Ctrl+L locks CaseLedger when you leave your desk; it also locks by itself when idle and when the screen locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to move around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Welcome, %1</source>
        <translation>Bienvenido/a, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Signed in as %1, %2.
Database: %3
The session locks after %n idle minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseledger::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+38"/>
        <location line="+1"/>
        <source>CaseLedger</source>
        <translation>CaseLedger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed-in user</source>
        <translation>Usuario con sesión iniciada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock status</source>
        <translation>Estado del bloqueo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CaseLedger logo</source>
        <translation>Logotipo de CaseLedger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock or sign in</source>
        <translation>Desbloquear o iniciar sesión</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+116"/>
        <source>&amp;Change password…</source>
        <translation>&amp;Cambiar contraseña…</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CaseLedger</source>
        <translation>A&amp;cerca de CaseLedger</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Signed in: %1 (%2), %3</source>
        <translation>Sesión iniciada: %1 (%2), %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CaseLedger — %1</source>
        <translation>CaseLedger — %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose your own password to continue.</source>
        <translation>Elija su propia contraseña para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in: %1, password change required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one is signed in.</source>
        <translation>No hay ninguna sesión iniciada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CaseLedger is locked. The database is closed and its key wiped.</source>
        <translation>CaseLedger está bloqueado. La base de datos está cerrada y su clave borrada de la memoria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked: %1</source>
        <translation>Bloqueado: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your password was changed.</source>
        <translation>Se cambió su contraseña.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>About CaseLedger</source>
        <translation>Acerca de CaseLedger</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&lt;h3&gt;CaseLedger %1&lt;/h3&gt;&lt;p&gt;Case management for California Local Child Support Agencies.&lt;/p&gt;&lt;p&gt;All data stays in an encrypted database on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseledger::ui::RequestDialog</name>
    <message>
        <location filename="../ui/common/requestdialog.cpp" line="+25"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::RoleEditor</name>
    <message>
        <location filename="../ui/admin/roleeditor.cpp" line="+15"/>
        <source>Role and extra permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>May reveal full &amp;SSNs (with a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reveal SSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May &amp;override family-violence protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family violence override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May see &amp;federal tax information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Federal tax information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra permissions, audited when used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra permissions</source>
        <translation>Permisos adicionales</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::SecurityPolicyBox</name>
    <message>
        <location filename="../ui/admin/securitypolicybox.cpp" line="+30"/>
        <location line="+4"/>
        <source>Security policy</source>
        <translation>Política de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed sign-ins before an account locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Minutes an account stays locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle minutes before the session locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;pply policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the security policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security policy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock an account after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it locked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the session when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Saved. Sessions lock after %n idle minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseledger::ui::SetPasswordDialog</name>
    <message>
        <location filename="../ui/admin/setpassworddialog.cpp" line="+11"/>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 signs in with this temporary password and must then choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can sign in again with this temporary password, and must then choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseledger::ui::UnlockDialog</name>
    <message>
        <location filename="../ui/shell/unlockdialog.cpp" line="+27"/>
        <source>Unlock CaseLedger</source>
        <translation>Desbloquear CaseLedger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CaseLedger logo</source>
        <translation>Logotipo de CaseLedger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un&amp;lock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out so that someone else can sign in</source>
        <translation>Cerrar sesión para que otra persona pueda entrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path to a CaseLedger database (.cldb)</source>
        <translation>Ruta de una base de datos de CaseLedger (.cldb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the database file</source>
        <translation>Elegir el archivo de base de datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Database file:</source>
        <translation>Archivo de &amp;base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign in to CaseLedger</source>
        <translation>Iniciar sesión en CaseLedger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the agency&apos;s encrypted database with your user name and password.</source>
        <translation>Abra la base de datos cifrada de la agencia con su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CaseLedger is locked</source>
        <translation>CaseLedger está bloqueado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session of %1 was locked and the database closed. Enter the password to continue, or sign out so that someone else can sign in.</source>
        <translation>La sesión de %1 se bloqueó y la base de datos se cerró. Escriba la contraseña para continuar, o cierre la sesión para que otra persona pueda entrar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Choose the CaseLedger database</source>
        <translation>Elegir la base de datos de CaseLedger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CaseLedger databases (*.cldb)</source>
        <translation>Bases de datos de CaseLedger (*.cldb)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the database file.</source>
        <translation>Elija el archivo de base de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::UserTableModel</name>
    <message>
        <location filename="../ui/admin/usertablemodel.cpp" line="+45"/>
        <source>Caseworker</source>
        <translation>Trabajador/a de casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Supervisor/a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financial worker</source>
        <translation>Trabajador/a financiero/a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auditor</source>
        <translation>Auditor/a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reveal SSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family violence override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Federal tax information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password (ask an administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra permissions</source>
        <translation>Permisos adicionales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+47"/>
        <source>Case management for California Local Child Support Agencies.</source>
        <translation>Gestión de casos para las agencias locales de manutención infantil de California.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the database at PATH.</source>
        <translation>Abrir la base de datos en RUTA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database to open (like --db).</source>
        <translation>La base de datos que se abrirá (como --db).</translation>
    </message>
</context>
</TS>
