<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CaseFileRows</name>
    <message>
        <location filename="../ui/case/casefilerows.cpp" line="+31"/>
        <source>(not in this case)</source>
        <translation>(no está en este caso)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SSN</source>
        <translation>SSN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (until %2)</source>
        <translation>%1 (hasta el %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Family violence indicator: whereabouts are protected.</source>
        <translation>Indicador de violencia familiar: el paradero está protegido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Child</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parent</source>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Established on</source>
        <translation>Establecida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescinded on</source>
        <translation>Rescindida el</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+42"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Court case</source>
        <translation>Caso judicial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Child support</source>
        <translation>Manutención de menores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical</source>
        <translation>Médica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spousal</source>
        <translation>Conyugal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrears payment</source>
        <translation>Pago de atrasos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guideline calculation</source>
        <translation>Cálculo según las pautas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No support (as of %1)</source>
        <translation>Sin manutención (al %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pays %2 a month (as of %3)</source>
        <translation>%1 paga %2 al mes (al %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(not found)</source>
        <translation>(no encontrado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, ends %2</source>
        <translation>%1, termina el %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact date</source>
        <translation>Fecha de contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started by</source>
        <translation>Originada por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done on</source>
        <translation>Completada el</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Case number: %1</source>
        <translation>Número de caso: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managing county: %1</source>
        <translation>Condado a cargo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker: %1</source>
        <translation>Trabajador/a: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: %1, received %2</source>
        <translation>Origen: %1, recibida el %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened: %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed: %1</source>
        <translation>Cerrado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance today: %1</source>
        <translation>Asistencia pública actual: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current support order: %1</source>
        <translation>Orden de manutención vigente: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>People: %1, of whom %n child(ren)</source>
        <translation>
            <numerusform>Personas: %1, de las cuales %n es menor</numerusform>
            <numerusform>Personas: %1, de las cuales %n son menores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family violence indicator: the whereabouts of protected people are withheld (42 U.S.C. §654(26)).</source>
        <translation>Indicador de violencia familiar: se oculta el paradero de las personas protegidas (42 U.S.C. §654(26)).</translation>
    </message>
</context>
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
    <name>PagePrinter</name>
    <message>
        <location filename="../ui/print/reportpdf.cpp" line="+33"/>
        <source>Run by %1</source>
        <translation>Generado por %1</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::AddPersonDialog</name>
    <message>
        <location filename="../ui/case/addpersondialog.cpp" line="+25"/>
        <source>Add a person to the case</source>
        <translation>Agregar una persona al caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add person</source>
        <translation>&amp;Agregar persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role in the case</source>
        <translation>Rol en el caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person</source>
        <translation>P&amp;ersona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Street address</source>
        <translation>Dirección (calle y número)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;treet address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ZIP code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the street address, or leave the address empty.</source>
        <translation>Escriba la dirección, o deje la dirección en blanco.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a ten-digit number such as (213) 555-0143.</source>
        <translation>Escriba un número de diez dígitos, como (213) 555-0143.</translation>
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
        <translation>El nuevo usuario inicia sesión con la contraseña temporal de abajo y luego debe elegir la suya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: mgarcia</source>
        <translation>por ejemplo: mgarcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the temporary password</source>
        <translation>Repita la contraseña temporal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temporary password:</source>
        <translation>Contraseña &amp;temporal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peat password:</source>
        <translation>Re&amp;pita la contraseña:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a user name.</source>
        <translation>Escriba un nombre de usuario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>Escriba el nombre completo de la persona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::AdminPage</name>
    <message>
        <location filename="../ui/admin/adminpage.cpp" line="+47"/>
        <location line="+10"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add user…</source>
        <translation>Agregar &amp;usuario…</translation>
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
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change r&amp;ole…</source>
        <translation>Cambiar r&amp;ol…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+171"/>
        <location line="+6"/>
        <source>Disable account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>&amp;Enable…</source>
        <translation>A&amp;ctivar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable account</source>
        <translation>Activar cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload lis&amp;t</source>
        <translation>Recargar lis&amp;ta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload the user list</source>
        <translation>Recargar la lista de usuarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administration status</source>
        <translation>Estado de la administración</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The user was added. Give them the temporary password in person.</source>
        <translation>Se agregó el usuario. Entréguele la contraseña temporal en persona.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password of %1 was reset; they must change it at the next sign-in.</source>
        <translation>Se restableció la contraseña de %1; deberá cambiarla la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The account of %1 is enabled again.</source>
        <translation>La cuenta de %1 está activada de nuevo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The role of %1 was changed.</source>
        <translation>Se cambió el rol de %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable the account of %1 (%2)? They can no longer sign in; their key slot is removed. An administrator can enable the account again with a new password.</source>
        <translation>¿Desactivar la cuenta de %1 (%2)? Ya no podrá iniciar sesión y se eliminará su ranura de clave. Un administrador puede volver a activar la cuenta con una contraseña nueva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Disable account</source>
        <translation>&amp;Desactivar cuenta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The account of %1 is disabled.</source>
        <translation>La cuenta de %1 está desactivada.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::AuditVerificationBox</name>
    <message>
        <location filename="../ui/admin/auditverificationbox.cpp" line="+15"/>
        <source>the record was changed after it was written</source>
        <translation>la entrada se modificó después de escribirse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a record was inserted</source>
        <translation>se insertó una entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a record is missing</source>
        <translation>falta una entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records are out of order</source>
        <translation>las entradas están desordenadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the log was cut short</source>
        <translation>el registro está truncado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a signed checkpoint does not match the log</source>
        <translation>un punto de control firmado no coincide con el registro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every action is recorded in a chained, signed log. Verification proves that no record was changed, removed, inserted or reordered.</source>
        <translation>Cada acción se anota en un registro encadenado y firmado. La verificación comprueba que ninguna entrada se modificó, eliminó, insertó ni reordenó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About audit verification</source>
        <translation>Acerca de la verificación de auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Verificar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verify the audit log</source>
        <translation>Verificar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit verification result</source>
        <translation>Resultado de la verificación de auditoría</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audit log is intact: %L1 records and %L2 signed checkpoints checked; none was changed, removed, inserted or reordered.</source>
        <translation>El registro de auditoría está intacto: se comprobaron %L1 entradas y %L2 puntos de control firmados; no se modificó, eliminó, insertó ni reordenó ninguno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit log is damaged at record %1: %2.</source>
        <translation>El registro de auditoría está dañado en la entrada %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this database as it is and tell your security officer.</source>
        <translation>Conserve esta base de datos tal como está e informe a su responsable de seguridad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the audit log…</source>
        <translation>Comprobando el registro de auditoría…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Verify audit log</source>
        <translation>Verificar el registro de auditoría</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Audit verification progress</source>
        <translation>Progreso de la verificación de auditoría</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the audit log… %L1 records so far.</source>
        <translation>Comprobando el registro de auditoría… %L1 entradas hasta ahora.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::BatchGridModel</name>
    <message>
        <location filename="../ui/finance/batchgridmodel.cpp" line="+116"/>
        <source>One of: %1</source>
        <translation>Uno de: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Receipt id</source>
        <translation>ID del recibo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payer (case number or id)</source>
        <translation>Pagador (número de caso o ID)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::BatchGridView</name>
    <message>
        <location filename="../ui/finance/batchgridview.cpp" line="+19"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::BatchPostPage</name>
    <message>
        <location filename="../ui/finance/batchpostpage.cpp" line="+33"/>
        <source>Post payments</source>
        <translation>Registrar pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post a batch of payments</source>
        <translation>Registrar un lote de pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type each payment on a line; Enter moves to the next cell. A blank date is today, a blank source a direct payment. Type the batch&apos;s control total and count: Post is enabled when they match.</source>
        <translation>Escriba cada pago en una línea; Enter pasa a la celda siguiente. Una fecha en blanco significa hoy; un origen en blanco, un pago directo. Escriba el total de control y la cantidad de pagos del lote: Registrar lote se activa cuando coinciden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to post a batch</source>
        <translation>Cómo registrar un lote</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payments of the batch</source>
        <translation>Pagos del lote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt id</source>
        <translation>ID del recibo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the family</source>
        <translation>Para la familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept for assistance</source>
        <translation>Retenido por asistencia pública</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parts</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where each payment goes</source>
        <translation>Adónde va cada pago</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payments and their allocation</source>
        <translation>Pagos y su distribución</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch status message</source>
        <translation>Mensaje de estado del lote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress of the batch</source>
        <translation>Avance del lote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the batch; nothing of it is posted</source>
        <translation>Detener el lote; no se registra nada de él</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Control total</source>
        <translation>Total de control</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Control total of the batch</source>
        <translation>Total de control del lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of payments in the batch</source>
        <translation>Cantidad de pagos del lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the control total matches</source>
        <translation>Si el total de control coincide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;line</source>
        <translation>Agregar &amp;línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a line to the grid</source>
        <translation>Agregar una línea a la cuadrícula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the batch</source>
        <translation>Vaciar el lote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clea&amp;r</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>Vista &amp;previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview where each payment goes</source>
        <translation>Vista previa de adónde va cada pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Post batch</source>
        <translation>&amp;Registrar lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post every payment of the batch</source>
        <translation>Registrar todos los pagos del lote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control &amp;total:</source>
        <translation>&amp;Total de control:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cou&amp;nt:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Grid: %n payment(s), %1. %2</source>
        <translation>
            <numerusform>Cuadrícula: %n pago, %1. %2</numerusform>
            <numerusform>Cuadrícula: %n pagos, %1. %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches the control total and count.</source>
        <translation>Coincide con el total de control y la cantidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not match the control total and count yet.</source>
        <translation>Todavía no coincide con el total de control y la cantidad.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Grid: %n payment(s); an amount is not dollars and cents.</source>
        <translation>
            <numerusform>Cuadrícula: %n pago; un monto no está en dólares y centavos.</numerusform>
            <numerusform>Cuadrícula: %n pagos; un monto no está en dólares y centavos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cancelling: nothing of the batch will be posted…</source>
        <translation>Cancelando: no se registrará nada del lote…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Working out where each payment goes…</source>
        <translation>Calculando adónde va cada pago…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posting the batch…</source>
        <translation>Registrando el lote…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelled: nothing of the batch was posted.</source>
        <translation>Cancelado: no se registró nada del lote.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Posted before: nothing changes</source>
        <translation>Ya registrado: no cambia nada</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Preview of %n payment(s) totalling %1: nothing was posted.</source>
        <translation>
            <numerusform>Vista previa de %n pago por un total de %1: no se registró nada.</numerusform>
            <numerusform>Vista previa de %n pagos por un total de %1: no se registró nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Posted %n payment(s) totalling %1.</source>
        <translation>
            <numerusform>Se registró %n pago por un total de %1.</numerusform>
            <numerusform>Se registraron %n pagos por un total de %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Line %1, %2: %3 Nothing was posted.</source>
        <translation>Línea %1, %2: %3 No se registró nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the line</source>
        <translation>la línea</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::CaseActions</name>
    <message>
        <location filename="../ui/case/caseactions.cpp" line="+77"/>
        <source>The person was added to the case.</source>
        <translation>Se agregó la persona al caso.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The person&apos;s record was saved.</source>
        <translation>Se guardó el registro de la persona.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Parentage was recorded.</source>
        <translation>Se registró la filiación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The order was recorded.</source>
        <translation>Se registró la orden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The modification was recorded.</source>
        <translation>Se registró la modificación.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The order of case %1</source>
        <translation>La orden del caso %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order of court case %1</source>
        <translation>La orden del caso judicial %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The order ends on %1. Payments already applied to later months move when you redistribute them (Ledger tab, Redistribute…).</source>
        <translation>La orden termina el %1. Los pagos ya aplicados a meses posteriores se mueven cuando usted los redistribuye (pestaña Libro de cuentas, Redistribuir…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order ends on %1. Payments already applied to later months move when a financial worker redistributes them.</source>
        <translation>La orden termina el %1. Los pagos ya aplicados a meses posteriores se mueven cuando un trabajador de finanzas los redistribuye.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The note was added.</source>
        <translation>Se agregó la nota.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>SSN of %1</source>
        <translation>SSN de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SSN of %1 is %2. This reveal was recorded in the audit log.</source>
        <translation>El SSN de %1 es %2. Esta consulta quedó anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revealed SSN</source>
        <translation>SSN revelado</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Guideline calculation for case %1</source>
        <translation>Cálculo según las pautas del caso %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The correction was added.</source>
        <translation>Se agregó la corrección.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Complete task</source>
        <translation>Completar tarea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Complete</source>
        <translation>&amp;Completar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was the outcome? It is kept with the task. For a locate task that found nobody, enter not_found: the next quarterly attempt is scheduled (45 CFR 303.3(b)(3)).</source>
        <translation>¿Cuál fue el resultado? Se guarda con la tarea. Si una tarea de localización no encontró a nadie, escriba not_found: se programa el siguiente intento trimestral (45 CFR 303.3(b)(3)).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: served</source>
        <translation>por ejemplo: notificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the outcome of the task.</source>
        <translation>Escriba el resultado de la tarea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The task was completed.</source>
        <translation>Se completó la tarea.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+34"/>
        <source>Protected whereabouts</source>
        <translation>Paradero protegido</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is protected by a family violence indicator. Their whereabouts may be shown only under an authority such as a court order (42 U.S.C. §654(26)). The authority is recorded in the audit log with your name.</source>
        <translation>%1 tiene un indicador de violencia familiar que protege su paradero. Este solo puede mostrarse con un fundamento legal, como una orden judicial (42 U.S.C. §654(26)). El fundamento queda anotado en el registro de auditoría con su nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Authority:</source>
        <translation>&amp;Fundamento legal:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: court order 24FL001234 of 2026-03-02</source>
        <translation>por ejemplo: orden judicial 24FL001234 del 2026-03-02</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the authority under which you may see the whereabouts.</source>
        <translation>Escriba el fundamento legal que le permite ver el paradero.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No current address or phone is on file.</source>
        <translation>No hay dirección ni teléfono actuales en el expediente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whereabouts of %1</source>
        <translation>Paradero de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected information -- do not disclose (S14). This view was recorded in the audit log.

%1</source>
        <translation>Información protegida -- no divulgar (S14). Esta consulta quedó anotada en el registro de auditoría.

%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Assign case</source>
        <translation>Asignar caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign case %1 to a worker of the agency.</source>
        <translation>Asigne el caso %1 a un/a trabajador/a de la agencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worker&apos;s user name:</source>
        <translation>&amp;Nombre de usuario del trabajador/a:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: caseworker03</source>
        <translation>por ejemplo: caseworker03</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a user name.</source>
        <translation>Escriba un nombre de usuario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case was assigned.</source>
        <translation>Se asignó el caso.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The notice of closure was started; the case closes when its 60 days have passed (45 CFR 303.11(d)(4)).</source>
        <translation>Se inició el aviso de cierre; el caso se cerrará cuando pasen sus 60 días (45 CFR 303.11(d)(4)).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case was closed.</source>
        <translation>Se cerró el caso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopen case</source>
        <translation>Reabrir caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is case %1 reopened (or its closure cancelled)?</source>
        <translation>¿Por qué se reabre el caso %1 (o se cancela su cierre)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: the recipient answered the notice</source>
        <translation>por ejemplo: quien recibe los servicios respondió al aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the reason for reopening.</source>
        <translation>Escriba el motivo de la reapertura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case was reopened.</source>
        <translation>Se reabrió el caso.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::CaseListModel</name>
    <message>
        <location filename="../ui/caseload/caselistmodel.cpp" line="+91"/>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Family violence indicator: whereabouts are protected</source>
        <translation>Indicador de violencia familiar: el paradero está protegido</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noncustodial parent</source>
        <translation>Padre o madre sin custodia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custodial party</source>
        <translation>Parte con custodia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children</source>
        <translation>Menores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next task due</source>
        <translation>Vencimiento de la próxima tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker</source>
        <translation>Trabajador/a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::CasePage</name>
    <message>
        <location filename="../ui/case/casepage.cpp" line="+41"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case is open. Open one from the caseload, the worklist or the search (Ctrl+K).</source>
        <translation>No hay ningún caso abierto. Abra uno desde la carga de casos, la lista de trabajo o la búsqueda (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case title</source>
        <translation>Título del caso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case status message</source>
        <translation>Mensaje de estado del caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload &amp;case</source>
        <translation>Actuali&amp;zar caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload the case</source>
        <translation>Actualizar el caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case sections</source>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add person…</source>
        <translation>Agr&amp;egar persona…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a person to the case</source>
        <translation>Agregar una persona al caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;person…</source>
        <translation>Editar per&amp;sona…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the selected person&apos;s record or enter a new address</source>
        <translation>Corregir el registro de la persona seleccionada o ingresar una dirección nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;veal SSN…</source>
        <translation>Re&amp;velar SSN…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal the SSN of the selected person</source>
        <translation>Revelar el SSN de la persona seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;parentage…</source>
        <translation>Regi&amp;strar filiación…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record parentage</source>
        <translation>Registrar la filiación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;order…</source>
        <translation>Agregar &amp;orden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a support order</source>
        <translation>Registrar una orden de manutención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Modify order…</source>
        <translation>&amp;Modificar orden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a modification of the selected order</source>
        <translation>Registrar una modificación de la orden seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nd order…</source>
        <translation>T&amp;erminar orden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the end date of the selected order</source>
        <translation>Registrar la fecha de terminación de la orden seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show calc&amp;ulation…</source>
        <translation>Mostrar cálc&amp;ulo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the guideline calculation of the selected order</source>
        <translation>Mostrar el cálculo según las pautas de la orden seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note…</source>
        <translation>Agr&amp;egar nota…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a case note</source>
        <translation>Agregar una nota al caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;orrect note…</source>
        <translation>C&amp;orregir nota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a correction of the selected note</source>
        <translation>Agregar una corrección de la nota seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mplete task…</source>
        <translation>&amp;Completar tarea…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete the selected task</source>
        <translation>Completar la tarea seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;whereabouts…</source>
        <translation>Mostrar parader&amp;o…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the protected whereabouts of the selected person under a recorded authority</source>
        <translation>Mostrar el paradero protegido de la persona seleccionada con un fundamento legal que queda registrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eople</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parentage</source>
        <translation>Filiación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;rentage</source>
        <translation>&amp;Filiación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ders</source>
        <translation>Ór&amp;denes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tas&amp;ks</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;istory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ledger</source>
        <translation>&amp;Libro de cuentas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Assign…</source>
        <translation>A&amp;signar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign the case to a worker</source>
        <translation>Asignar el caso a un/a trabajador/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cl&amp;ose case…</source>
        <translation>Cerrar cas&amp;o…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the case for a reason of 45 CFR 303.11(b)</source>
        <translation>Cerrar el caso por uno de los motivos de 45 CFR 303.11(b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reo&amp;pen case…</source>
        <translation>Rea&amp;brir caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the case or cancel its pending closure</source>
        <translation>Reabrir el caso o cancelar su cierre pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Opening case %1…</source>
        <translation>Abriendo el caso %1…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Case %1 — %2, %3</source>
        <translation>Caso %1 — %2, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — family violence indicator</source>
        <translation> — indicador de violencia familiar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No case is open.</source>
        <translation>No hay ningún caso abierto.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::CaseloadPage</name>
    <message>
        <location filename="../ui/caseload/caseloadpage.cpp" line="+49"/>
        <location line="+2"/>
        <source>Caseload</source>
        <translation>Carga de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open case</source>
        <translation>A&amp;brir caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected case</source>
        <translation>Abrir el caso seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case…</source>
        <translation>Caso &amp;nuevo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new case</source>
        <translation>Abrir un caso nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the caseload</source>
        <translation>Actualizar la carga de casos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseload status</source>
        <translation>Estado de la carga de casos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Whose cases</source>
        <translation>Casos de quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My cases</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned cases</source>
        <translation>Casos sin asignar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case phase</source>
        <translation>Fase del caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any phase</source>
        <translation>Cualquier fase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only with o&amp;verdue tasks</source>
        <translation>Solo con tareas &amp;vencidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only cases with overdue tasks</source>
        <translation>Solo casos con tareas vencidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 of %2 cases shown</source>
        <translation>Se muestran %1 de %2 casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cases shown</source>
        <translation>Se muestran %1 casos</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::CaseworkPages</name>
    <message>
        <location filename="../ui/case/caseworkpages.cpp" line="+29"/>
        <source>Caseload</source>
        <translation>Carga de casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worklist</source>
        <translation>Lista de trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search bar</source>
        <translation>Barra de búsqueda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search people and cases</source>
        <translation>Buscar personas y casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people and cases (Ctrl+K)</source>
        <translation>Buscar personas y casos (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find people and cases</source>
        <translation>Encontrar personas y casos</translation>
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
        <translation>Cambiar el rol de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Change role</source>
        <translation>&amp;Cambiar rol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What %1 may do from the next action on.</source>
        <translation>Lo que %1 podrá hacer a partir de su próxima acción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::CloseCaseDialog</name>
    <message>
        <location filename="../ui/case/closecasedialog.cpp" line="+14"/>
        <source>Close case %1</source>
        <translation>Cerrar el caso %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close case</source>
        <translation>&amp;Cerrar caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case closes only for one of the reasons of 45 CFR 303.11(b). Your explanation is kept as a case note.</source>
        <translation>Un caso solo se cierra por uno de los motivos de 45 CFR 303.11(b). Su explicación se guarda como nota del caso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for closing</source>
        <translation>Motivo del cierre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(b)(%1) %2</source>
        <translation>(b)(%1) %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What closing for this reason means</source>
        <translation>Qué significa cerrar por este motivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explicación:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CaseLedger checks this reason against the case&apos;s records.</source>
        <translation>CaseLedger verifica este motivo con los registros del caso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You attest to this reason; your explanation says why it applies.</source>
        <translation>Usted da fe de este motivo; su explicación indica por qué corresponde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recipient is sent a notice first; the case closes when the 60 days of 45 CFR 303.11(d)(4) have passed, unless the recipient answers.</source>
        <translation>Primero se envía un aviso a quien recibe los servicios; el caso se cierra cuando pasen los 60 días de 45 CFR 303.11(d)(4), salvo que esa persona responda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Explain why the case closes.</source>
        <translation>Explique por qué se cierra el caso.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::ComplianceModel</name>
    <message>
        <location filename="../ui/worklist/compliancemodel.cpp" line="+65"/>
        <source>Timeframe</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met on time</source>
        <translation>Cumplidas a tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done late</source>
        <translation>Hechas con retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open, overdue</source>
        <translation>Abiertas, vencidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open, not yet due</source>
        <translation>Abiertas, aún no vencen</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::DateField</name>
    <message>
        <location filename="../ui/common/datefield.cpp" line="+23"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Escriba la fecha como AAAA-MM-DD.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::DrillCaseModel</name>
    <message>
        <location filename="../ui/reports/drillcasemodel.cpp" line="+51"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker</source>
        <translation>Trabajador/a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noncustodial parent</source>
        <translation>Padre o madre sin custodia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custodial party</source>
        <translation>Parte con custodia</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::DrillDialog</name>
    <message>
        <location filename="../ui/reports/drilldialog.cpp" line="+19"/>
        <source>Cases behind %1</source>
        <translation>Casos que componen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases behind a report figure</source>
        <translation>Casos que componen una cifra del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of cases</source>
        <translation>Número de casos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 case(s); the first %3 are listed.</source>
        <translation>%1: %2 caso(s); se muestran los primeros %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 case(s).</source>
        <translation>%1: %2 caso(s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case columns</source>
        <translation>Columnas de casos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open case</source>
        <translation>&amp;Abrir caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected case</source>
        <translation>Abrir el caso seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::EditPersonDialog</name>
    <message>
        <location filename="../ui/case/editpersondialog.cpp" line="+40"/>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the record, or enter a new address or phone. Every change is kept in the case history with your name.</source>
        <translation>Corrija el registro o ingrese una dirección o un teléfono nuevos. Cada cambio queda en el historial del caso con su nombre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New SSN</source>
        <translation>SSN nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none on file; nine digits</source>
        <translation>no hay uno registrado; nueve dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on file: %1; type a new one to replace it</source>
        <translation>registrado: %1; escriba uno nuevo para reemplazarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the SSN on file</source>
        <translation>&amp;Quitar el SSN registrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSN &amp;verified</source>
        <translation>SSN &amp;verificado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonbinary (X)</source>
        <translation>No binario (X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>withheld: family violence protection; kept as it is</source>
        <translation>reservado: protección por violencia familiar; se conserva como está</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two-letter code such as es</source>
        <translation>código de dos letras, por ejemplo es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of death</source>
        <translation>Fecha de fallecimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD, only if the person died</source>
        <translation>AAAA-MM-DD, solo si la persona falleció</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Given names:</source>
        <translation>&amp;Nombres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Middle name:</source>
        <translation>Segundo nom&amp;bre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family names:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;uffix:</source>
        <translation>Sufi&amp;jo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New SS&amp;N:</source>
        <translation>&amp;SSN nuevo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;x:</source>
        <translation>S&amp;exo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of dea&amp;th:</source>
        <translation>Fecha de falleci&amp;miento:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New street address</source>
        <translation>Dirección nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only when the person moved</source>
        <translation>solo si la persona se mudó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City of the new address</source>
        <translation>Ciudad de la dirección nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP code of the new address</source>
        <translation>Código postal de la dirección nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New address since</source>
        <translation>Dirección nueva desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New phone</source>
        <translation>Teléfono nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w street address:</source>
        <translation>Direcci&amp;ón nueva:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>Ci&amp;udad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ZIP code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lives there sin&amp;ce:</source>
        <translation>Vive allí &amp;desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;phone:</source>
        <translation>&amp;Teléfono nuevo:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter the street address, or leave the address empty.</source>
        <translation>Escriba la dirección, o deje la dirección vacía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the date the person moved in as YYYY-MM-DD.</source>
        <translation>Escriba la fecha en que la persona se mudó como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a ten-digit number such as (213) 555-0143.</source>
        <translation>Escriba un número de diez dígitos, por ejemplo (213) 555-0143.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::EndOrderDialog</name>
    <message>
        <location filename="../ui/case/endorderdialog.cpp" line="+12"/>
        <source>End the order</source>
        <translation>Terminar la orden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the &amp;order</source>
        <translation>Terminar la &amp;orden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 charges no support for the months after its end date. Support already charged for those months is taken back at the next monthly accrual; payments already applied to them stay where they are until the payer&apos;s payments are redistributed.</source>
        <translation>%1 no cobra manutención por los meses posteriores a su fecha de terminación. La manutención ya cobrada por esos meses se anula en la próxima acumulación mensual; los pagos ya aplicados a esos meses quedan donde están hasta que se redistribuyan los pagos del deudor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End date</source>
        <translation>Fecha de terminación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date offered is when the last child of the case is emancipated (Family Code §3901).</source>
        <translation>La fecha propuesta es la emancipación del último hijo del caso (Código de Familia §3901).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End date:</source>
        <translation>&amp;Fecha de terminación:</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::ExplainDialog</name>
    <message>
        <location filename="../ui/finance/explaindialog.cpp" line="+37"/>
        <source>Where your payment went</source>
        <translation>Adónde fue su pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by %1 (%2)</source>
        <translation>Preparado por %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Explain payment %1</source>
        <translation>Explicación del pago %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation of a payment</source>
        <translation>Explicación de un pago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was received</source>
        <translation>Qué se recibió</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the payment went</source>
        <translation>Adónde fue el pago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happens next</source>
        <translation>Qué sucede después</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explanation status message</source>
        <translation>Mensaje de estado de la explicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>Print the explanation</source>
        <translation>Imprimir la explicación</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+186"/>
        <location line="+2"/>
        <source>Save the explanation as PDF</source>
        <translation>Guardar la explicación como PDF</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Re&amp;verse payment…</source>
        <translation>Re&amp;vertir pago…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse this payment</source>
        <translation>Revertir este pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the explanation</source>
        <translation>Cerrar la explicación</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <source>Explain a payment</source>
        <translation>Explicar un pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receipt id:</source>
        <translation>&amp;ID del recibo:</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The explanation was sent to the printer.</source>
        <translation>La explicación se envió a la impresora.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment-%1.pdf</source>
        <translation>pago-%1.pdf</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se guardó %1 (%n página).</numerusform>
            <numerusform>Se guardó %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The payment was reversed.</source>
        <translation>Se revirtió el pago.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::ExplainDocument</name>
    <message>
        <location filename="../ui/finance/explaindocument.cpp" line="+12"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it paid</source>
        <translation>Qué pagó</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who receives it</source>
        <translation>Quién lo recibe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (the rule)</source>
        <translation>Por qué (la regla)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On %1 the agency received %2 (%3, receipt %4). Below is every part of that payment: which case it went to, what it paid, who receives it and the rule that decided it.</source>
        <translation>El %1 la agencia recibió %2 (%3, recibo %4). A continuación figura cada parte de ese pago: a qué caso se aplicó, qué pagó, quién lo recibe y la regla que lo determinó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This payment was reversed: the lines marked “Payment reversed” undo the lines above them.</source>
        <translation>Este pago se revirtió: las líneas marcadas “Pago revertido” anulan las líneas que tienen encima.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This payment is held in the undistributed queue.</source>
        <translation>Este pago está en espera en la cola de pagos no distribuidos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 that was to be sent to the family was cancelled.</source>
        <translation>Se canceló el envío a la familia de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is sent to the family on %2.</source>
        <translation>%1 se envía a la familia el %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is held since %2: %3</source>
        <translation>%1 está en espera desde el %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing of this payment is waiting to be sent.</source>
        <translation>No queda ninguna parte de este pago pendiente de envío.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where your payment went</source>
        <translation>Adónde fue su pago</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What happens next</source>
        <translation>Qué sucede después</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::FinancePages</name>
    <message>
        <location filename="../ui/finance/financepages.cpp" line="+26"/>
        <source>Post payments</source>
        <translation>Registrar pagos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undistributed payments</source>
        <translation>Pagos no distribuidos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pa&amp;yments</source>
        <translation>Pa&amp;gos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Explain payment…</source>
        <translation>&amp;Explicar un pago…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify ledger balances…</source>
        <translation>&amp;Verificar los saldos del libro de cuentas…</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::FinanceText</name>
    <message>
        <location filename="../ui/finance/financetext.cpp" line="+30"/>
        <source>Child support for the month</source>
        <translation>Manutención de menores del mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical support for the month</source>
        <translation>Manutención médica del mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spousal support for the month</source>
        <translation>Manutención conyugal del mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past-due support: %1</source>
        <translation>Manutención atrasada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interest on past-due support: %1</source>
        <translation>Intereses sobre la manutención atrasada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Future months</source>
        <translation>Meses futuros</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The family</source>
        <translation>La familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept to repay public assistance (federal share)</source>
        <translation>Retenido para reembolsar la asistencia pública (parte federal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept to repay public assistance (state share)</source>
        <translation>Retenido para reembolsar la asistencia pública (parte estatal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held for now</source>
        <translation>En espera por ahora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Support due</source>
        <translation>Manutención adeudada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order change</source>
        <translation>Cambio en la orden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid support becomes past due</source>
        <translation>La manutención no pagada pasa a ser atrasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interest</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned past-due support kept within the aid to repay</source>
        <translation>Manutención vencida asignada, dentro de la ayuda por reembolsar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment applied</source>
        <translation>Pago aplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment reversed</source>
        <translation>Pago revertido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed out to redistribute</source>
        <translation>Anulado para redistribuir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redistributed</source>
        <translation>Redistribuido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid ahead, applied when due</source>
        <translation>Pagado por adelantado, aplicado al vencer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the family</source>
        <translation>Enviado a la familia</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::FormMessages</name>
    <message>
        <location filename="../ui/common/formmessages.cpp" line="+43"/>
        <location filename="../ui/guideline/guidelinefieldmessages.cpp" line="+21"/>
        <source>Message about %1</source>
        <translation>Mensaje sobre %1</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::GuidelineCalculationDialog</name>
    <message>
        <location filename="../ui/case/guidelinecalculationdialog.cpp" line="+23"/>
        <source>Guideline calculation for case %1</source>
        <translation>Cálculo según las pautas del caso %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calculation details</source>
        <translation>Detalles del cálculo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Prepared by %2 at %3 (UTC). Read-only: a new calculation is made from the order form.</source>
        <translation>%1
Preparado por %2 el %3 (UTC). Solo lectura: los cálculos nuevos se hacen desde el formulario de la orden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::GuidelineChildrenEditor</name>
    <message>
        <location filename="../ui/guideline/guidelinechildreneditor.cpp" line="+44"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>Children</source>
        <translation>Menores</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Add &amp;child</source>
        <translation>Agregar men&amp;or</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a child</source>
        <translation>Agregar un menor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth dates order the allocation per child, youngest first (Fam. Code §4055(b)(8)). A time-share per child is needed only when it differs between the children.</source>
        <translation>Las fechas de nacimiento ordenan la asignación por menor, del más joven al mayor (Código de Familia §4055(b)(8)). El tiempo de custodia por menor solo se necesita cuando varía entre los menores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About the children</source>
        <translation>Acerca de los menores</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+2"/>
        <source>Child %1</source>
        <translation>Menor %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Child %1:</source>
        <translation>Menor %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birth date of child %1</source>
        <translation>Fecha de nacimiento del menor %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time-share percent of %1 with child %2 (optional)</source>
        <translation>Porcentaje de tiempo de custodia de %1 con el menor %2 (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s time-share % (optional)</source>
        <translation>% de tiempo de custodia de %1 (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove child %1</source>
        <translation>Quitar al menor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message about child %1</source>
        <translation>Mensaje sobre el menor %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the list of children</source>
        <translation>la lista de menores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the time-shares per child</source>
        <translation>el tiempo de custodia por menor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the birth date of child %1</source>
        <translation>la fecha de nacimiento del menor %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the time-share with child %1</source>
        <translation>el tiempo de custodia con el menor %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the birth date of child %1.</source>
        <translation>Escriba la fecha de nacimiento del menor %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date as MM/DD/YYYY.</source>
        <translation>Escriba la fecha como MM/DD/AAAA.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the time-share with child %1, or leave every child&apos;s empty.</source>
        <translation>Escriba el tiempo de custodia con el menor %1, o deje en blanco el de todos los menores.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::GuidelineForm</name>
    <message>
        <location filename="../ui/guideline/guidelineform.cpp" line="+36"/>
        <source>Guideline inputs</source>
        <translation>Datos del cálculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the calculation</source>
        <translation>el cálculo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Case and date</source>
        <translation>Caso y fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As-of date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calculation uses the law in force on this date: the rules changed on 09/01/2024 (SB 343).</source>
        <translation>El cálculo aplica la ley vigente en esta fecha: las reglas cambiaron el 09/01/2024 (SB 343).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case num&amp;ber:</source>
        <translation>Número de ca&amp;so:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;As-of date:</source>
        <translation>&amp;Fecha de referencia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the as-of date</source>
        <translation>la fecha de referencia</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Default proceeding</source>
        <translation>Procedimiento en rebeldía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Default proceeding without time-share evidence (§4055(b)(6))</source>
        <translation>Procedimiento en &amp;rebeldía sin pruebas del tiempo de custodia (§4055(b)(6))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default proceeding without time-share evidence</source>
        <translation>Procedimiento en rebeldía sin pruebas del tiempo de custodia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custodial parent</source>
        <translation>Padre o madre con custodia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ustodial parent:</source>
        <translation>Padre o madre con c&amp;ustodia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the custodial parent</source>
        <translation>el padre o la madre con custodia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add-ons and spousal support (monthly)</source>
        <translation>Gastos adicionales y manutención conyugal (mensuales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add-ons and spousal support</source>
        <translation>Gastos adicionales y manutención conyugal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the add-on &quot;%1&quot;</source>
        <translation>el gasto adicional &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spousal support paid</source>
        <translation>Manutención conyugal pagada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spousal support paid by</source>
        <translation>Manutención conyugal pagada por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pa&amp;id by</source>
        <translation>&amp;pagada por</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Spousal support (§4061(c)):</source>
        <translation>Manutención &amp;conyugal (§4061(c)):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the spousal support</source>
        <translation>la manutención conyugal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the payer of spousal support</source>
        <translation>quien paga la manutención conyugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the add-ons in proportion to net incomes, as a parent asked (§4061(b), before 09/01/2024)</source>
        <translation>Repartir los gastos adicionales en proporción a los ingresos netos, a solicitud de uno de los padres (§4061(b), antes del 09/01/2024)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proportional sharing of the add-ons</source>
        <translation>Reparto proporcional de los gastos adicionales</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (the rest of 100)</source>
        <translation>%1 (el resto hasta 100)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter the time-share of %1 or of %2.</source>
        <translation>Escriba el tiempo de custodia de %1 o de %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Birth dates not entered yet: the children are allocated in the order listed.</source>
        <translation>Aún no se escribieron las fechas de nacimiento: la asignación a los menores sigue el orden de la lista.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::GuidelineInput</name>
    <message>
        <location filename="../ui/guideline/guidelineinput.cpp" line="+24"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter dollars and cents, such as 1,234.56.</source>
        <translation>Escriba dólares y centavos, como 1,234.56.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a percentage such as 20 or 33.5.</source>
        <translation>Escriba un porcentaje, como 20 o 33.5.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>State and federal income taxes</source>
        <translation>Impuestos estatales y federales sobre los ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FICA (Social Security, Medicare)</source>
        <translation>FICA (Seguro Social, Medicare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandatory union dues</source>
        <translation>Cuotas sindicales obligatorias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandatory retirement</source>
        <translation>Aportes obligatorios para la jubilación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health insurance premiums</source>
        <translation>Primas de seguro médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support paid for other children</source>
        <translation>Manutención pagada para otros hijos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job-related expenses</source>
        <translation>Gastos relacionados con el trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardship deduction</source>
        <translation>Deducción por dificultades económicas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Child care for employment or job training</source>
        <translation>Cuidado de los menores por empleo o capacitación laboral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uninsured health costs</source>
        <translation>Gastos médicos no cubiertos por el seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Educational or special needs</source>
        <translation>Necesidades educativas o especiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitation travel</source>
        <translation>Gastos de viaje por visitas</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::GuidelinePage</name>
    <message>
        <location filename="../ui/guideline/guidelinepage.cpp" line="+71"/>
        <source>Guideline calculator</source>
        <translation>Calculadora según las pautas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guideline child support</source>
        <translation>Manutención de menores según las pautas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>California Family Code §4055, as in force on the as-of date. The result follows what you type; saving, printing and exporting are recorded in the audit log.</source>
        <translation>Código de Familia de California §4055, en su versión vigente en la fecha de referencia. El resultado se actualiza a medida que escribe; guardar, imprimir y exportar quedan anotados en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About the calculator</source>
        <translation>Acerca de la calculadora</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Guideline inputs</source>
        <translation>Datos del cálculo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inputs and result</source>
        <translation>Datos y resultado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The working</source>
        <translation>El desarrollo del cálculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Working, step by step:</source>
        <translation>&amp;Desarrollo, paso a paso:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calculation and working</source>
        <translation>Cálculo y desarrollo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sa&amp;ve calculation</source>
        <translation>Guardar cá&amp;lculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print worksheet…</source>
        <translation>Imprimir &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport worksheet as PDF…</source>
        <translation>E&amp;xportar hoja de cálculo como PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;over</source>
        <translation>Empe&amp;zar de nuevo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calculator actions</source>
        <translation>Acciones de la calculadora</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the calculation</source>
        <translation>Guardar el cálculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the worksheet</source>
        <translation>Imprimir la hoja de cálculo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+204"/>
        <location line="+2"/>
        <source>Export the worksheet as PDF</source>
        <translation>Exportar la hoja de cálculo como PDF</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calculator status</source>
        <translation>Estado de la calculadora</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Correct the entries marked in red.</source>
        <translation>Corrija los datos marcados en rojo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot calculate: %1</source>
        <translation>No se puede calcular: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Complete the entries marked in red first.</source>
        <translation>Primero complete los datos marcados en rojo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saved at %1: %2.</source>
        <translation>Guardado el %1: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print preview of the worksheet</source>
        <translation>Vista previa de impresión de la hoja de cálculo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The worksheet is ready to print.</source>
        <translation>La hoja de cálculo está lista para imprimir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guideline-worksheet.pdf</source>
        <translation>hoja-calculo-pautas.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guideline-worksheet-%1.pdf</source>
        <translation>hoja-calculo-pautas-%1.pdf</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>The worksheet was exported to %1 (%n page(s)).</source>
        <translation>
            <numerusform>La hoja de cálculo se exportó a %1 (%n página).</numerusform>
            <numerusform>La hoja de cálculo se exportó a %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by %1 (%2)</source>
        <translation>Preparado por %1 (%2)</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::GuidelineParentEditor</name>
    <message>
        <location filename="../ui/guideline/guidelineparenteditor.cpp" line="+20"/>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+41"/>
        <source>Parent %1</source>
        <translation>Progenitor %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Parent %1 name</source>
        <translation>Nombre del progenitor %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parent %1 net monthly disposable income</source>
        <translation>Ingreso neto mensual disponible del progenitor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter gross income and §4059 deductions instead</source>
        <translation>&amp;Escribir en su lugar el ingreso bruto y las deducciones del §4059</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent %1: enter gross income and deductions</source>
        <translation>Progenitor %1: escribir el ingreso bruto y las deducciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent %1 time-share percent</source>
        <translation>Porcentaje de tiempo de custodia del progenitor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This parent&apos;s percentage of time with primary physical responsibility for the children (Fam. Code §4055(b)(1)(D)). Leave one parent&apos;s empty to use the rest of 100.</source>
        <translation>Porcentaje del tiempo en que este progenitor tiene la responsabilidad física principal de los menores (Código de Familia §4055(b)(1)(D)). Deje en blanco el de uno de los progenitores para usar el resto hasta 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name of parent %1</source>
        <translation>el nombre del progenitor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net &amp;monthly income:</source>
        <translation>Ingreso neto &amp;mensual:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the net monthly income of %1</source>
        <translation>el ingreso neto mensual de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Time-share %:</source>
        <translation>% de &amp;tiempo de custodia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time-share of %1</source>
        <translation>el tiempo de custodia de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parent %1: %2</source>
        <translation>Progenitor %1: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Parent %1 gross income and deductions</source>
        <translation>Ingreso bruto y deducciones del progenitor %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parent %1 gross monthly income</source>
        <translation>Ingreso bruto mensual del progenitor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>G&amp;ross monthly income (§4058):</source>
        <translation>Ingreso &amp;bruto mensual (§4058):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gross monthly income of %1</source>
        <translation>el ingreso bruto mensual de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parent %1 deduction: %2</source>
        <translation>Deducción del progenitor %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less %1:</source>
        <translation>menos %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the deduction &quot;%1&quot; of %2</source>
        <translation>la deducción &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Calculated: gross income less the deductions (Fam. Code §4059)</source>
        <translation>Calculado: ingreso bruto menos las deducciones (Código de Familia §4059)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the net monthly income of %1.</source>
        <translation>Escriba el ingreso neto mensual de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the gross monthly income of %1.</source>
        <translation>Escriba el ingreso bruto mensual de %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the deductions of %1</source>
        <translation>las deducciones de %1</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::GuidelineResultView</name>
    <message>
        <location filename="../ui/guideline/guidelineresultview.cpp" line="+34"/>
        <source>Guideline result</source>
        <translation>Resultado según las pautas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guideline child support</source>
        <translation>Manutención de menores según las pautas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Law in force</source>
        <translation>Ley vigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the calculation</source>
        <translation>Notas sobre el cálculo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support per child</source>
        <translation>Manutención por menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add-on shares</source>
        <translation>Reparto de los gastos adicionales</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Low-income adjustment</source>
        <translation>Ajuste por bajos ingresos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low-income range</source>
        <translation>Rango por bajos ingresos</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Child %1 (born %2): %3</source>
        <translation>Menor %1 (nacimiento: %2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per child, youngest first (§4055(b)(8)):</source>
        <translation>Por menor, del más joven al mayor (§4055(b)(8)):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2: %3 %4, %5 %6</source>
        <translation>%1 %2: %3 %4, %5 %6</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter both parents&apos; incomes and a time-share.</source>
        <translation>Escriba los ingresos de ambos progenitores y un tiempo de custodia.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::GuidelineStepModel</name>
    <message>
        <location filename="../ui/guideline/guidelinestepmodel.cpp" line="+71"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authority</source>
        <translation>Fundamento legal</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::GuidelineStepTable</name>
    <message>
        <location filename="../ui/guideline/guidelinesteptable.cpp" line="+14"/>
        <source>The working, step by step</source>
        <translation>El desarrollo, paso a paso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step numbers</source>
        <translation>Números de paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select all steps</source>
        <translation>Seleccionar todos los pasos</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::GuidelineWorksheet</name>
    <message>
        <location filename="../ui/guideline/guidelineworksheet.cpp" line="+85"/>
        <source>Guideline child support worksheet</source>
        <translation>Hoja de cálculo de manutención de menores según las pautas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Neither parent pays: guideline child support is %1</source>
        <translation>Ningún progenitor paga: la manutención de menores según las pautas es %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pays %2 %3 a month</source>
        <translation>%1 paga a %2 %3 al mes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Law in force on %1: Fam. Code §4055 %2</source>
        <translation>Ley vigente el %1: Código de Familia §4055 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low-income adjustment (Fam. Code §4055(b)(7)): %1</source>
        <translation>Ajuste por bajos ingresos (Código de Familia §4055(b)(7)): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Low-income adjustment (Fam. Code §4055(b)(7)): the net income of %1, %2 a month, is below the low-income threshold of %3. The court may set the support anywhere from %4 to %5 a month.</source>
        <translation>Ajuste por bajos ingresos (Código de Familia §4055(b)(7)): el ingreso neto de %1, %2 al mes, está por debajo del umbral de bajos ingresos de %3. El tribunal puede fijar la manutención en cualquier monto de %4 a %5 al mes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The adjustment is a rebuttable presumption; the lowest figure is CS × net / threshold.</source>
        <translation>El ajuste es una presunción refutable; la cifra más baja es manutención × ingreso neto / umbral.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Even the lowest figure exceeds half of %1&apos;s net income, so the guideline may be rebutted (Fam. Code §4057(b)(5)).</source>
        <translation>Incluso la cifra más baja supera la mitad del ingreso neto de %1, por lo que puede refutarse la pauta (Código de Familia §4057(b)(5)).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add-ons are shared %1 %2 % and %3 %4 %.</source>
        <translation>Los gastos adicionales se reparten: %1 %2 % y %3 %4 %.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+109"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As-of date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run at</source>
        <translation>Generado el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>Child</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+67"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Allocated support (youngest first, §4055(b)(8))</source>
        <translation>Manutención asignada (del más joven al mayor, §4055(b)(8))</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+67"/>
        <source>Child %1</source>
        <translation>Menor %1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Low-income adjustment (Fam. Code §4055(b)(7)): %1.</source>
        <translation>Ajuste por bajos ingresos (Código de Familia §4055(b)(7)): %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add-on</source>
        <translation>Gasto adicional</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parent</source>
        <translation>Progenitor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gross less deductions</source>
        <translation>bruto menos deducciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>net</source>
        <translation>neto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income entered as</source>
        <translation>Ingreso escrito como</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gross monthly income (§4058)</source>
        <translation>Ingreso bruto mensual (§4058)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>less %1</source>
        <translation>menos %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net monthly disposable income (§4059)</source>
        <translation>Ingreso neto mensual disponible (§4059)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time-share (§4055(b)(1)(D))</source>
        <translation>Tiempo de custodia (§4055(b)(1)(D))</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>see children</source>
        <translation>ver los menores</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Time-share of %1</source>
        <translation>Tiempo de custodia de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Input</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Default proceeding without time-share evidence (§4055(b)(6))</source>
        <translation>Procedimiento en rebeldía sin pruebas del tiempo de custodia (§4055(b)(6))</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes; custodial parent: %1</source>
        <translation>sí; padre o madre con custodia: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spousal support (§4061(c))</source>
        <translation>Manutención conyugal (§4061(c))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 a month, paid by %2</source>
        <translation>%1 al mes, pagada por %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add-ons before 09/01/2024 (§4061(a), (b))</source>
        <translation>Gastos adicionales antes del 09/01/2024 (§4061(a), (b))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in proportion to net incomes, as a parent asked</source>
        <translation>en proporción a los ingresos netos, a solicitud de uno de los padres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one half each</source>
        <translation>la mitad cada uno</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authority</source>
        <translation>Fundamento legal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Inputs</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working, step by step</source>
        <translation>Desarrollo, paso a paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact arithmetic; only final amounts are rounded to the cent, half away from zero. The fraction and K are shown to six decimals.</source>
        <translation>Aritmética exacta; solo los montos finales se redondean al centavo, y las mitades se redondean alejándose de cero. La fracción y K se muestran con seis decimales.</translation>
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
        <translation>Saludo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the list on the left or the Go menu (Alt+1, Alt+2, …) to move between pages. Ctrl+L locks CaseLedger when you leave your desk; it also locks by itself when idle and when the screen locks.</source>
        <translation>Use la lista de la izquierda o el menú Ir (Alt+1, Alt+2, …) para moverse entre páginas. Ctrl+L bloquea CaseLedger cuando se aleja de su escritorio; también se bloquea solo cuando está inactivo y cuando se bloquea la pantalla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to move around</source>
        <translation>Cómo moverse</translation>
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
        <translation>
            <numerusform>Sesión iniciada como %1, %2.
Base de datos: %3
La sesión se bloquea después de %n minuto de inactividad.</numerusform>
            <numerusform>Sesión iniciada como %1, %2.
Base de datos: %3
La sesión se bloquea después de %n minutos de inactividad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseledger::ui::LedgerBalancesBox</name>
    <message>
        <location filename="../ui/admin/ledgerbalancesbox.cpp" line="+22"/>
        <source>installment of %1</source>
        <translation>cuota de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held unapplied</source>
        <translation>en espera sin aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all months</source>
        <translation>todos los meses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case</source>
        <translation>Un caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 (%3): kept %4, ledger %5.</source>
        <translation>%1, %2 (%3): guardado %4, libro de cuentas %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved into the bucket: kept %1, ledger %2.</source>
        <translation>Pasó a esta categoría: guardado %1, libro de cuentas %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ledger balances</source>
        <translation>Saldos del libro de cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posting and accrual read each case&apos;s balances from sums kept beside the ledger. Verification adds up every ledger entry again and compares.</source>
        <translation>El registro de pagos y la acumulación leen los saldos de cada caso de sumas guardadas junto al libro de cuentas. La verificación vuelve a sumar cada asiento del libro y compara.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ledger balance verification</source>
        <translation>Acerca de la verificación de los saldos del libro de cuentas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verify &amp;ledger balances</source>
        <translation>Verificar los saldos del &amp;libro de cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the ledger balances</source>
        <translation>Verificar los saldos del libro de cuentas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledger balance verification result</source>
        <translation>Resultado de la verificación de los saldos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger balance verification progress</source>
        <translation>Progreso de la verificación de los saldos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;build from the ledger…</source>
        <translation>Reco&amp;nstruir desde el libro de cuentas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebuild the kept balances from the ledger</source>
        <translation>Reconstruir los saldos guardados desde el libro de cuentas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The kept balances agree with the ledger: %L1 cases, %L2 installment balances and %L3 other sums checked.</source>
        <translation>Los saldos guardados coinciden con el libro de cuentas: se verificaron %L1 casos, %L2 saldos de cuotas y %L3 otras sumas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kept balances differ from the ledger in %L1 sums; posting and accrual would read wrong balances for these cases.</source>
        <translation>Los saldos guardados difieren del libro de cuentas en %L1 sumas; el registro de pagos y la acumulación leerían saldos erróneos para estos casos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sums the reports read differ from the ledger in %L1 rows (%2); reports would show wrong figures.</source>
        <translation>Las sumas que leen los informes difieren del libro de cuentas en %L1 filas (%2); los informes mostrarían cifras erróneas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>…and %L1 more.</source>
        <translation>…y %L1 más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ledger&apos;s entries are the record: an administrator can rebuild the kept balances from them.</source>
        <translation>Los asientos del libro de cuentas son el registro: un administrador puede reconstruir a partir de ellos los saldos guardados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verify ledger balances</source>
        <translation>Verificar los saldos del libro de cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding up the ledger again… %L1 of %L2 cases.</source>
        <translation>Volviendo a sumar el libro de cuentas… %L1 de %L2 casos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding up the ledger again…</source>
        <translation>Volviendo a sumar el libro de cuentas…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rebuild from the ledger</source>
        <translation>Reconstruir desde el libro de cuentas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;build</source>
        <translation>Re&amp;construir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kept balances are recomputed from every ledger entry; the entries do not change. The reason is recorded in the audit log with your name.</source>
        <translation>Los saldos guardados se vuelven a calcular a partir de cada asiento del libro de cuentas; los asientos no cambian. El motivo queda en el registro de auditoría con su nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: verification found 3 differences</source>
        <translation>por ejemplo: la verificación encontró 3 diferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter why the kept balances are rebuilt.</source>
        <translation>Indique por qué se reconstruyen los saldos guardados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rebuilt from the ledger: %L1 installment balances, %L2 other sums and %L3 rows of the reports&apos; sums. The next accrual replans %L4 cases from their orders.</source>
        <translation>Reconstruido desde el libro de cuentas: %L1 saldos de cuotas, %L2 otras sumas y %L3 filas de las sumas de los informes. La próxima acumulación vuelve a planificar %L4 casos desde sus órdenes.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::LedgerBalancesDialog</name>
    <message>
        <location filename="../ui/admin/ledgerbalancesdialog.cpp" line="+14"/>
        <location line="+1"/>
        <source>Ledger balances</source>
        <translation>Saldos del libro de cuentas</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::LedgerTab</name>
    <message>
        <location filename="../ui/finance/ledgertab.cpp" line="+43"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ledger</source>
        <translation>Libro de cuentas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger entries</source>
        <translation>Movimientos del libro de cuentas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bucket</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charged</source>
        <translation>Cargado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owed</source>
        <translation>Adeudado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balances by bucket</source>
        <translation>Saldos por categoría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ledger totals</source>
        <translation>Totales del libro de cuentas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ledger status message</source>
        <translation>Mensaje de estado del libro de cuentas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the ledger</source>
        <translation>Leyendo el libro de cuentas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xplain payment</source>
        <translation>E&amp;xplicar pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the payment in the selected row</source>
        <translation>Explicar el pago de la fila seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain recei&amp;pt…</source>
        <translation>Explicar reci&amp;bo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain a payment by its receipt id</source>
        <translation>Explicar un pago por su ID de recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;verse payment…</source>
        <translation>Re&amp;vertir pago…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse the payment in the selected row</source>
        <translation>Revertir el pago de la fila seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redistri&amp;bute…</source>
        <translation>Redistrib&amp;uir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redistribute the payer&apos;s payments from a date</source>
        <translation>Redistribuir los pagos del deudor desde una fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ledger and balances</source>
        <translation>Libro de cuentas y saldos</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Period from (first day shown)</source>
        <translation>Período desde (primer día mostrado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to (last day shown)</source>
        <translation>Período hasta (último día mostrado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply period</source>
        <translation>Apli&amp;car período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the ledger of the period</source>
        <translation>Mostrar el libro de cuentas del período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>Ha&amp;sta:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Write the period&apos;s dates as YYYY-MM-DD, or leave one blank.</source>
        <translation>Escriba las fechas del período como AAAA-MM-DD, o deje una en blanco.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the ledger of case %1…</source>
        <translation>Leyendo el libro de cuentas del caso %1…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Owed before the period: %1. Owed today: %2. Unreimbursed public assistance: %3.</source>
        <translation>Adeudado antes del período: %1. Adeudado hoy: %2. Asistencia pública no reembolsada: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries dated after today (month-end conversion, interest) add %1 on their dates; the balances by bucket include them.</source>
        <translation>Los movimientos con fecha posterior a hoy (conversión de fin de mes, intereses) suman %1 en sus fechas; los saldos por categoría los incluyen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No entries in this period.</source>
        <translation>No hay movimientos en este período.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>One payment of the payer was redistributed.</source>
        <translation>Se redistribuyó un pago del deudor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 payments of the payer were redistributed.</source>
        <translation>Se redistribuyeron %1 pagos del deudor.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::LedgerTableModel</name>
    <message>
        <location filename="../ui/finance/ledgertablemodel.cpp" line="+48"/>
        <source>Disbursement cancelled</source>
        <translation>Desembolso cancelado</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bucket</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid to</source>
        <translation>Pagado a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>Desembolsado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance owed</source>
        <translation>Saldo adeudado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+42"/>
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
        <location line="+2"/>
        <source>Guideline calculator</source>
        <translation>Calculadora según las pautas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <translation>Área de trabajo</translation>
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
        <location line="+123"/>
        <source>&amp;Change password…</source>
        <translation>&amp;Cambiar contraseña…</translation>
    </message>
    <message>
        <location line="-120"/>
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
        <location line="+87"/>
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
        <translation>Sesión iniciada: %1, debe cambiar la contraseña</translation>
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
        <translation>&lt;h3&gt;CaseLedger %1&lt;/h3&gt;&lt;p&gt;Gestión de casos para las agencias locales de manutención de menores de California.&lt;/p&gt;&lt;p&gt;Todos los datos se guardan en una base de datos cifrada en esta computadora.&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU (GNU General Public License), versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::NoteDialog</name>
    <message>
        <location filename="../ui/case/notedialog.cpp" line="+12"/>
        <source>Add a case note</source>
        <translation>Agregar una nota al caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add note</source>
        <translation>&amp;Agregar nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of note</source>
        <translation>Tipo de nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct a case note</source>
        <translation>Corregir una nota del caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note stays as it was written; your correction is added after it and names it. The note being corrected:
%1</source>
        <translation>La nota se conserva tal como se escribió; su corrección se agrega a continuación y hace referencia a ella. La nota que se corrige:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the note.</source>
        <translation>Escriba la nota.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::OpenCaseDialog</name>
    <message>
        <location filename="../ui/case/opencasedialog.cpp" line="+25"/>
        <source>Open a case</source>
        <translation>Abrir un caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open case</source>
        <translation>&amp;Abrir caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case needs a custodial party and at least one child (casework.md, &quot;Opening a case&quot;). Add more people from the case window.</source>
        <translation>Un caso necesita una parte con custodia y al menos un menor (casework.md, &quot;Opening a case&quot;). Agregue más personas desde la ventana del caso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Custodial party</source>
        <translation>Parte con &amp;custodia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Noncustodial parent</source>
        <translation>Padre o madre si&amp;n custodia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild</source>
        <translation>&amp;Menor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application received on</source>
        <translation>Solicitud recibida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD; empty: today</source>
        <translation>AAAA-MM-DD; en blanco: hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application &amp;received:</source>
        <translation>&amp;Solicitud recibida:</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::OrderDialog</name>
    <message>
        <location filename="../ui/case/orderdialog.cpp" line="+32"/>
        <source>Record a support order</source>
        <translation>Registrar una orden de manutención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a modification of the order</source>
        <translation>Registrar una modificación de la orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record order</source>
        <translation>&amp;Registrar orden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Record modification</source>
        <translation>&amp;Registrar modificación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts are per period of the frequency. Accrued arrears are never modified (45 CFR 303.106): a modification takes effect no earlier than its request was filed (Family Code §3653(a)).</source>
        <translation>Los montos son por cada período de la frecuencia. Los atrasos acumulados nunca se modifican (45 CFR 303.106): una modificación no entra en vigor antes de la fecha en que se presentó su solicitud (Código de Familia §3653(a)).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of order</source>
        <translation>Tipo de orden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court case number</source>
        <translation>Número de caso judicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court case &amp;number:</source>
        <translation>&amp;Número de caso judicial:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ourt:</source>
        <translation>Tri&amp;bunal:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Effective date</source>
        <translation>Fecha de vigencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on</source>
        <translation>Firmada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD, optional</source>
        <translation>AAAA-MM-DD, opcional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Effective:</source>
        <translation>&amp;Vigente desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signed on:</source>
        <translation>&amp;Firmada el:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request filed on</source>
        <translation>Solicitud presentada el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request &amp;filed on:</source>
        <translation>&amp;Solicitud presentada el:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child support</source>
        <translation>Manutención de menores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical support</source>
        <translation>Manutención médica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spousal support</source>
        <translation>Manutención conyugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears payment</source>
        <translation>Pago de atrasos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health insurance terms</source>
        <translation>Condiciones del seguro médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild support:</source>
        <translation>Manutención de m&amp;enores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medical support:</source>
        <translation>Manutención &amp;médica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;pousal support:</source>
        <translation>Manutención con&amp;yugal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrears payment:</source>
        <translation>Pago de &amp;atrasos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fre&amp;quency:</source>
        <translation>Fre&amp;cuencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health &amp;insurance:</source>
        <translation>Seguro méd&amp;ico:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Guideline calculation…</source>
        <translation>Cálculo según las &amp;pautas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the guideline calculator for this order</source>
        <translation>Abrir la calculadora según las pautas para esta orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No guideline calculation attached.</source>
        <translation>No hay ningún cálculo según las pautas adjunto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached guideline calculation</source>
        <translation>Cálculo según las pautas adjunto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guideline:</source>
        <translation>Pautas:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attached: %1</source>
        <translation>Adjunto: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the court case number.</source>
        <translation>Escriba el número de caso judicial.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter an amount such as 1,320.00.</source>
        <translation>Escriba un monto, como 1,320.00.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::PagePrinter</name>
    <message>
        <location filename="../ui/print/pageprinter.cpp" line="+42"/>
        <source>%1 · run %2</source>
        <translation>%1 · generado el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportspage.cpp" line="+56"/>
        <source>Run by %1</source>
        <translation>Generado por %1</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::ParentageDialog</name>
    <message>
        <location filename="../ui/case/parentagedialog.cpp" line="+34"/>
        <source>Record parentage</source>
        <translation>Registrar la filiación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Child</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parent</source>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not known)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parentage status</source>
        <translation>Estado de la filiación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Established on</source>
        <translation>Establecida el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declaration signed by the mother</source>
        <translation>Declaración firmada por la madre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declaration signed by the other parent</source>
        <translation>Declaración firmada por el otro progenitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genetic test result</source>
        <translation>Resultado de la prueba genética</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no test)</source>
        <translation>(sin prueba)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test date</source>
        <translation>Fecha de la prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court case number of the judgment</source>
        <translation>Número de caso judicial de la sentencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgment date</source>
        <translation>Fecha de la sentencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basis of the presumption</source>
        <translation>Fundamento de la presunción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hild:</source>
        <translation>&amp;Menor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parent:</source>
        <translation>&amp;Padre o madre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>Mé&amp;todo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Established on:</source>
        <translation>E&amp;stablecida el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration signed by mo&amp;ther:</source>
        <translation>Declaración firmada por la ma&amp;dre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration signed by &amp;other parent:</source>
        <translation>Declaración firmada por el &amp;otro progenitor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Genetic test result:</source>
        <translation>Resultado de la prueba &amp;genética:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Laboratory:</source>
        <translation>&amp;Laboratorio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;date:</source>
        <translation>&amp;Fecha de la prueba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Court case number:</source>
        <translation>&amp;Número de caso judicial:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Judgment date:</source>
        <translation>Fecha de la senten&amp;cia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presumption &amp;basis:</source>
        <translation>Fundamento de la pres&amp;unción:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a child to the case first.</source>
        <translation>Primero agregue un menor al caso.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::PersonFields</name>
    <message>
        <location filename="../ui/case/personfields.cpp" line="+60"/>
        <source>Name of the %1</source>
        <translation>Nombre (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names Family names, or Family, Given</source>
        <translation>Nombres Apellidos, o Apellidos, Nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth of the %1</source>
        <translation>Fecha de nacimiento (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSN of the %1</source>
        <translation>SSN (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, nine digits</source>
        <translation>opcional, nueve dígitos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 name:</source>
        <translation>Nombre (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 date of birth:</source>
        <translation>Fecha de nacimiento (%1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 SSN:</source>
        <translation>SSN (%1):</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::RedistributeDialog</name>
    <message>
        <location filename="../ui/finance/redistributedialog.cpp" line="+13"/>
        <source>Redistribute payments</source>
        <translation>Redistribuir pagos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;distribute</source>
        <translation>Re&amp;distribuir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every payment of the payer of case %1 received on or after the date is reversed and applied again under the orders and assistance as they now stand, across all of the payer&apos;s cases. Each step is a new ledger entry with your reason; money the family received and no longer should becomes an overpayment to recover.</source>
        <translation>Cada pago del deudor del caso %1 recibido en la fecha o después se revierte y se aplica de nuevo según las órdenes y la asistencia tal como están ahora, en todos los casos del deudor. Cada paso es un nuevo asiento del libro de cuentas con su motivo; el dinero que la familia recibió y ya no le corresponde pasa a ser un pago en exceso que debe recuperarse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redistribute payments received from</source>
        <translation>Redistribuir los pagos recibidos desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date offered is that of the first payment shown that paid support ahead.</source>
        <translation>La fecha propuesta es la del primer pago mostrado que pagó manutención por adelantado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the redistribution</source>
        <translation>Motivo de la redistribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: the order ended on 2027-01-31</source>
        <translation>Por ejemplo: la orden terminó el 2027-01-31</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments &amp;from:</source>
        <translation>&amp;Pagos desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the reason for the redistribution.</source>
        <translation>Indique el motivo de la redistribución.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::ReportChart</name>
    <message>
        <location filename="../ui/reports/reportchart.cpp" line="+64"/>
        <source>Report chart</source>
        <translation>Gráfico del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bar chart</source>
        <translation>Gráfico de barras</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>suppressed (fewer than 11)</source>
        <translation>suprimido (menos de 11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bar chart: %1</source>
        <translation>Gráfico de barras: %1</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::ReportDocument</name>
    <message>
        <location filename="../ui/print/reportdocument.cpp" line="+36"/>
        <source>Parameters: %1</source>
        <translation>Parámetros: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run %1 by %2</source>
        <translation>Generado el %1 por %2</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::ReportParamsForm</name>
    <message>
        <location filename="../ui/reports/reportparamsform.cpp" line="+44"/>
        <source>Report parameters</source>
        <translation>Parámetros del informe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Federal fiscal year</source>
        <translation>Año fiscal federal</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>From and to dates</source>
        <translation>Fechas desde y hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FY </source>
        <translation>AF </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FY 2026 runs from 2025-10-01 to 2026-09-30 (45 CFR 305.1).</source>
        <translation>El año fiscal (AF) 2026 va del 2025-10-01 al 2026-09-30 (45 CFR 305.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>County (FIPS code)</source>
        <translation>Condado (código FIPS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All counties</source>
        <translation>Todos los condados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker</source>
        <translation>Trabajador/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All workers (or a sign-in name)</source>
        <translation>Todo el personal (o un nombre de usuario)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Race and ethnicity</source>
        <translation>Raza y origen étnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose answers</source>
        <translation>Respuestas de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custodial party</source>
        <translation>Parte con custodia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noncustodial parent</source>
        <translation>Padre o madre sin custodia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IV-D expenditures</source>
        <translation>Gastos del programa IV-D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. 1250000.00</source>
        <translation>Opcional, p. ej., 1250000.00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per&amp;iod:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fisc&amp;al year:</source>
        <translation>Añ&amp;o fiscal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;County:</source>
        <translation>Co&amp;ndado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Worker:</source>
        <translation>Tra&amp;bajador/a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brea&amp;kdown:</source>
        <translation>De&amp;sglose:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;ose answers:</source>
        <translation>Resp&amp;uestas de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expenditures:</source>
        <translation>Gas&amp;tos:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>From: the period must not start after it ends.</source>
        <translation>Desde: el período no puede empezar después de terminar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Expenditures: enter a positive amount in dollars and cents.</source>
        <translation>Gastos: escriba un monto positivo en dólares y centavos.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::ReportTableModel</name>
    <message>
        <location filename="../ui/reports/reporttablemodel.cpp" line="+88"/>
        <source>fewer than 11, suppressed</source>
        <translation>menos de 11, suprimido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fewer than 11 cases (or needed to protect such a cell): not shown.</source>
        <translation>Menos de 11 casos (o necesario para proteger una celda así): no se muestra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or press Enter to list the cases behind this figure.</source>
        <translation>Haga doble clic o presione Enter para ver los casos que componen esta cifra.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::ReportsPage</name>
    <message>
        <location filename="../ui/reports/reportspage.cpp" line="+19"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report parameters and results</source>
        <translation>Parámetros y resultados del informe</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Run report</source>
        <translation>Generar informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Cancel the report</source>
        <translation>Cancelar el informe</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report and parameters</source>
        <translation>Informe y parámetros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report:</source>
        <translation>In&amp;forme:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the report shows</source>
        <translation>Qué muestra el informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;un</source>
        <translation>G&amp;enerar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the report</source>
        <translation>Generar el informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca&amp;ncel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report progress</source>
        <translation>Progreso del informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Report result</source>
        <translation>Resultado del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report heading</source>
        <translation>Encabezado del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print preview of the report</source>
        <translation>Vista previa de impresión del informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export P&amp;DF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+293"/>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Export C&amp;SV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+291"/>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Cases &amp;behind figure</source>
        <translation>Casos de la cif&amp;ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the cases behind the selected figure</source>
        <translation>Mostrar los casos que componen la cifra seleccionada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report table</source>
        <translation>Tabla del informe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report columns</source>
        <translation>Columnas del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report rows</source>
        <translation>Filas del informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report footnotes</source>
        <translation>Notas al pie del informe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table and chart</source>
        <translation>Tabla y gráfico</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Cancelled. Nothing was shown or written.</source>
        <translation>Cancelado. No se mostró ni se escribió nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running %1…</source>
        <translation>Generando %1…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2&lt;br/&gt;Run %3 by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2&lt;br/&gt;Generado el %3 por %4</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n fila.</numerusform>
            <numerusform>%n filas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing the cases behind %1…</source>
        <translation>Buscando los casos que componen %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n case(s) behind %1.</source>
        <translation>
            <numerusform>%n caso compone %1.</numerusform>
            <numerusform>%n casos componen %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Exported to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Exportado a %1 (%n página).</numerusform>
            <numerusform>Exportado a %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The printer could not be opened; nothing was printed.</source>
        <translation>No se pudo abrir la impresora; no se imprimió nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %1 to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Se envió %1 a la impresora (%n página).</numerusform>
            <numerusform>Se envió %1 a la impresora (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Preparing the report for printing…</source>
        <translation>Preparando el informe para imprimir…</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Print preview of %1.</source>
        <translation>Vista previa de impresión de %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose a printer for %1.</source>
        <translation>Elija una impresora para %1.</translation>
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
        <translation>Procesando</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::RevealSsnDialog</name>
    <message>
        <location filename="../ui/case/revealssndialog.cpp" line="+7"/>
        <source>Reveal SSN</source>
        <translation>Revelar el SSN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Revelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you need the full SSN of %1? Your reason is recorded in the audit log with your name.</source>
        <translation>¿Por qué necesita el SSN completo de %1? Su motivo queda anotado en el registro de auditoría con su nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>for example: employer verification</source>
        <translation>por ejemplo: verificación del empleador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the reason you need the full SSN.</source>
        <translation>Escriba el motivo por el que necesita el SSN completo.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::ReversalDialog</name>
    <message>
        <location filename="../ui/finance/reversaldialog.cpp" line="+16"/>
        <source>Reverse a payment</source>
        <translation>Revertir un pago</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reverse payment</source>
        <translation>&amp;Revertir pago</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason for the reversal</source>
        <translation>Motivo de la reversión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: check returned unpaid by the bank</source>
        <translation>Por ejemplo: cheque devuelto sin pagar por el banco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Receipt %1: %2 received on %3 will be reversed. These parts are undone:</source>
        <translation>Recibo %1: se revertirá el pago de %2 recibido el %3. Se anulan estas partes:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>• case %1, %2, %3: %4</source>
        <translation>• caso %1, %2, %3: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payments to the family of %1 are cancelled if not yet sent; what was already sent becomes an overpayment to recover.</source>
        <translation>Los pagos a la familia de %1 se cancelan si aún no se enviaron; lo que ya se envió pasa a ser un pago en exceso que debe recuperarse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This payment has already been reversed.</source>
        <translation>Este pago ya se revirtió.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the reason for the reversal.</source>
        <translation>Indique el motivo de la reversión.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::RoleEditor</name>
    <message>
        <location filename="../ui/admin/roleeditor.cpp" line="+15"/>
        <source>Role and extra permissions</source>
        <translation>Rol y permisos adicionales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>May reveal full &amp;SSNs (with a reason)</source>
        <translation>Puede revelar &amp;SSN completos (con un motivo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reveal SSN</source>
        <translation>Revelar el SSN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May &amp;override family-violence protection</source>
        <translation>Puede a&amp;nular la protección por violencia familiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family violence override</source>
        <translation>Anulación de la protección por violencia familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May see &amp;federal tax information</source>
        <translation>Puede ver &amp;información tributaria federal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Federal tax information</source>
        <translation>Información tributaria federal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra permissions, audited when used:</source>
        <translation>Permisos adicionales, auditados al usarse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra permissions</source>
        <translation>Permisos adicionales</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::SearchPage</name>
    <message>
        <location filename="../ui/caseload/searchpage.cpp" line="+24"/>
        <location line="+17"/>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search people and cases</source>
        <translation>Buscar personas y casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, case number, SSN last four and date of birth, or phone</source>
        <translation>Nombre, número de caso, últimos cuatro dígitos del SSN y fecha de nacimiento, o teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type a name, a case number, or an SSN&apos;s last four digits.</source>
        <translation>Escriba un nombre, un número de caso o los últimos cuatro dígitos de un SSN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first %1 matches; type more to narrow.</source>
        <translation>Las primeras %1 coincidencias; escriba más para acotar la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n coincidencia.</numerusform>
            <numerusform>%n coincidencias.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This person takes part in no case.</source>
        <translation>Esta persona no participa en ningún caso.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::SearchResultModel</name>
    <message>
        <location filename="../ui/caseload/searchresultmodel.cpp" line="+51"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CP: %1; NCP: %2</source>
        <translation>Con custodia: %1; sin custodia: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>born %1</source>
        <translation>nacimiento: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSN %1</source>
        <translation>SSN %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or case</source>
        <translation>Nombre o caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases or status</source>
        <translation>Casos o estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found by</source>
        <translation>Encontrado por</translation>
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
        <translation> intentos fallidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed sign-ins before an account locks</source>
        <translation>Intentos fallidos antes de que se bloquee una cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Minutes an account stays locked</source>
        <translation>Minutos que una cuenta permanece bloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle minutes before the session locks</source>
        <translation>Minutos de inactividad antes de que se bloquee la sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;pply policy</source>
        <translation>A&amp;plicar política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the security policy</source>
        <translation>Aplicar la política de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security policy status</source>
        <translation>Estado de la política de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock an account after:</source>
        <translation>Bloquear una cuenta después de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it locked for:</source>
        <translation>Mantenerla bloqueada durante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the session when idle for:</source>
        <translation>Bloquear la sesión tras una inactividad de:</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Saved. Sessions lock after %n idle minute(s).</source>
        <translation>
            <numerusform>Guardado. Las sesiones se bloquean después de %n minuto de inactividad.</numerusform>
            <numerusform>Guardado. Las sesiones se bloquean después de %n minutos de inactividad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseledger::ui::SetPasswordDialog</name>
    <message>
        <location filename="../ui/admin/setpassworddialog.cpp" line="+11"/>
        <source>Reset the password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the account of %1</source>
        <translation>Activar la cuenta de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Enable account</source>
        <translation>&amp;Activar cuenta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 signs in with this temporary password and must then choose a new one.</source>
        <translation>%1 inicia sesión con esta contraseña temporal y luego debe elegir una nueva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can sign in again with this temporary password, and must then choose a new one.</source>
        <translation>%1 puede volver a iniciar sesión con esta contraseña temporal, y luego debe elegir una nueva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the temporary password</source>
        <translation>Repita la contraseña temporal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Temporary password:</source>
        <translation>Contraseña &amp;temporal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peat password:</source>
        <translation>Re&amp;pita la contraseña:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::UndistributedPage</name>
    <message>
        <location filename="../ui/finance/undistributedpage.cpp" line="+28"/>
        <location line="+1"/>
        <source>Undistributed payments</source>
        <translation>Pagos no distribuidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age (days)</source>
        <translation>Antigüedad (días)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held since</source>
        <translation>En espera desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt id</source>
        <translation>ID del recibo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money held</source>
        <translation>Dinero en espera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undistributed status message</source>
        <translation>Mensaje de estado de los pagos no distribuidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the queue</source>
        <translation>Leyendo la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the queue again</source>
        <translation>Volver a leer la cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xplain payment</source>
        <translation>E&amp;xplicar pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain the payment in the selected row</source>
        <translation>Explicar el pago de la fila seleccionada</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No case</source>
        <translation>Sin caso</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n payment part(s) held, %1 in all.</source>
        <translation>
            <numerusform>%n parte de pago en espera, %1 en total.</numerusform>
            <numerusform>%n partes de pago en espera, %1 en total.</numerusform>
        </translation>
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
        <translation>Revelar el SSN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family violence override</source>
        <translation>Anulación de la protección por violencia familiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Federal tax information</source>
        <translation>Información tributaria federal</translation>
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
        <translation>Sin contraseña (consulte a un administrador)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, temporary password</source>
        <translation>Activo, contraseña temporal</translation>
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
    <name>caseledger::ui::VerificationBox</name>
    <message>
        <location filename="../ui/admin/verificationbox.cpp" line="+81"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Verification was cancelled.</source>
        <translation>Se canceló la verificación.</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::WorklistModel</name>
    <message>
        <location filename="../ui/worklist/worklistmodel.cpp" line="+40"/>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noncustodial parent</source>
        <translation>Padre o madre sin custodia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started by</source>
        <translation>Originada por</translation>
    </message>
</context>
<context>
    <name>caseledger::ui::WorklistPage</name>
    <message>
        <location filename="../ui/worklist/worklistpage.cpp" line="+26"/>
        <source>Worklist</source>
        <translation>Lista de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My worklist</source>
        <translation>Mi lista de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My tasks</source>
        <translation>Mis tareas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open case</source>
        <translation>A&amp;brir caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the case of the selected task</source>
        <translation>Abrir el caso de la tarea seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the worklist</source>
        <translation>Actualizar la lista de trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worklist status</source>
        <translation>Estado de la lista de trabajo</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>Se muestra %n tarea</numerusform>
            <numerusform>Se muestran %n tareas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timeframe compliance (all workers)</source>
        <translation>Cumplimiento de plazos (todo el personal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Timeframe compliance</source>
        <translation>Cumplimiento de plazos</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+47"/>
        <source>Case management for California Local Child Support Agencies.</source>
        <translation>Gestión de casos para las agencias locales de manutención de menores de California.</translation>
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
