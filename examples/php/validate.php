<?php
/*
 * validate.php: checks roadmap files through eduroadmap's C API from PHP (FFI)
 * and prints every finding as `file:line:column: severity: message [rule]`,
 * then a count per file.
 *
 *   php examples/php/validate.php [--lang en|ru] FILE...
 *
 * Exit status, as `eduroadmap validate`: 0 when no file has errors, 1 when
 * some has, 2 on misuse or when the library cannot be used. The wrapper is
 * found in $ERM_PHP_DIR, the source tree (bindings/php) or share/eduroadmap/php
 * under /usr/local or /usr; docs/php.md says what the FFI needs.
 */
declare(strict_types=1);

function wrapper(): string
{
    $dirs = array_filter([getenv('ERM_PHP_DIR') ?: null, __DIR__ . '/../../bindings/php',
        '/usr/local/share/eduroadmap/php', '/usr/share/eduroadmap/php']);
    foreach ($dirs as $dir) {
        if (is_file("$dir/Eduroadmap.php")) {
            return "$dir/Eduroadmap.php";
        }
    }
    fwrite(STDERR, "validate.php: Eduroadmap.php not found (set ERM_PHP_DIR)\n");
    exit(2);
}

require wrapper();

use Eduroadmap\EduroadmapException;
use Eduroadmap\Library;

$args = array_slice($argv, 1);
$lang = 'ru';
if (count($args) >= 2 && $args[0] === '--lang') {
    $lang = $args[1];
    $args = array_slice($args, 2);
}
if ($args === [] || !in_array($lang, ['ru', 'en'], true)) {
    fwrite(STDERR, "usage: validate.php [--lang en|ru] FILE...\n");
    exit(2);
}

foreach ($args as $path) {
    if (!is_file($path)) {
        fwrite(STDERR, "validate.php: no such file: $path\n");
        exit(2);
    }
}
$failed = 0;
try {
    foreach ($args as $path) {
        $counts = ['error' => 0, 'warning' => 0, 'info' => 0];
        foreach (Library::validateFile($path, $lang) as $f) {
            printf("%s:%d:%d: %s: %s [%s]\n", $f['file'], $f['line'], $f['column'], $f['severity'], $f['message'],
                $f['rule']);
            ++$counts[$f['severity']];
        }
        printf("%s: %d errors, %d warnings, %d infos\n", $path, $counts['error'], $counts['warning'], $counts['info']);
        $failed += $counts['error'] > 0 ? 1 : 0;
    }
} catch (EduroadmapException $e) {
    fwrite(STDERR, "validate.php: {$e->getMessage()}\n");
    exit(2);
}
printf("eduroadmap %s: %d files, %d with errors\n", Library::version(), count($args), $failed);
exit($failed > 0 ? 1 : 0);
