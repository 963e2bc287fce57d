<?php
/**
 * eduroadmap for PHP: a small wrapper over the C API (libeduroadmap_c) through
 * PHP's FFI extension (docs/php.md).
 *
 *     require 'Eduroadmap.php';
 *     $roadmap = Eduroadmap\Roadmap::fromFile('examples/tosno-2021.yaml');
 *     foreach ($roadmap->validate('en') as $f) { echo "{$f['line']}: {$f['message']}\n"; }
 *     $due = $roadmap->query(['due_between' => '2021-09']);
 *
 * The declarations come from eduroadmap_ffi.h, generated from the C header at
 * build time and installed beside this file (share/eduroadmap/php/). Strings
 * the library hands over are copied into PHP strings and freed with
 * erm_string_free(); handles are freed by the destructors.
 */
declare(strict_types=1);

namespace Eduroadmap;

use FFI;

/**
 * A failed call of the C library: its status, message and, for a roadmap that
 * could not be loaded, the rule, file, line and column (named apart from
 * Exception's own file and line, which say where in PHP it was thrown).
 */
final class EduroadmapException extends \RuntimeException
{
    /** @param string $status the status's name (ERM_E_LOAD, …) */
    public function __construct(
        string $message,
        public readonly string $status,
        public readonly string $rule = '',
        public readonly string $roadmapFile = '',
        public readonly int $roadmapLine = 0,
        public readonly int $roadmapColumn = 0,
    ) {
        parent::__construct($message);
    }
}

/** The loaded C library and the conversions every call shares. */
final class Library
{
    /** The FFI scope the generated header declares (FFI_SCOPE), also the preloaded one's name. */
    public const SCOPE = 'EDUROADMAP';
    // Struct versions of the C header this wrapper is written against (ERM_*_VERSION):
    // FFI sees no macros.
    private const ERROR_DETAIL_VERSION = 1;
    public const OPTIONS_VERSION = 1;
    public const DIAGNOSTIC_VERSION = 1;
    public const SEVERITIES = ['info', 'warning', 'error'];
    private const LANGUAGES = ['ru' => 0, 'en' => 1];

    private static ?FFI $ffi = null;

    /**
     * The C API: the scope preloaded by opcache.preload when there is one, else
     * FFI::load() of the header ($ERM_PHP_HEADER, else eduroadmap_ffi.h beside this
     * file), which dlopen()s its FFI_LIB; with $ERM_LIBRARY, that library instead.
     */
    public static function ffi(): FFI
    {
        if (self::$ffi === null) {
            try {
                self::$ffi = FFI::scope(self::SCOPE);
            } catch (FFI\Exception) {
                self::$ffi = self::load();
            }
        }
        return self::$ffi;
    }

    private static function load(): FFI
    {
        $header = getenv('ERM_PHP_HEADER') ?: __DIR__ . '/eduroadmap_ffi.h';
        if (!is_readable($header)) {
            throw new EduroadmapException("eduroadmap: no FFI header at $header (set ERM_PHP_HEADER)", 'ERM_E_UNSUPPORTED');
        }
        $library = getenv('ERM_LIBRARY');
        try {
            if ($library) {
                // FFI::cdef takes the declarations without FFI::load's #define lines.
                $code = preg_replace('/^#define FFI_(SCOPE|LIB) .*$/m', '', (string) file_get_contents($header));
                return FFI::cdef((string) $code, $library);
            }
            $ffi = FFI::load($header);
        } catch (FFI\Exception $e) {
            // FFI disabled (ffi.enable), the library not found by the loader, …
            throw new EduroadmapException("eduroadmap: {$e->getMessage()}", 'ERM_E_UNSUPPORTED');
        }
        if ($ffi === null) {
            throw new EduroadmapException("eduroadmap: FFI::load($header) failed", 'ERM_E_UNSUPPORTED');
        }
        return $ffi;
    }

    /** The library's version at run time. */
    public static function version(): string
    {
        return self::ffi()->erm_version();
    }

    /** Throws the calling thread's last error unless $status is ERM_OK (0). */
    public static function check(int $status): void
    {
        if ($status === 0) {
            return;
        }
        $ffi = self::ffi();
        $detail = $ffi->new('erm_error_detail');
        $detail->version = self::ERROR_DETAIL_VERSION;
        $ffi->erm_last_error_detail(FFI::addr($detail));
        throw new EduroadmapException(
            self::borrowed($detail->message),
            $ffi->erm_status_name($status),
            self::borrowed($detail->rule),
            self::borrowed($detail->file),
            $detail->line,
            $detail->column,
        );
    }

    /**
     * A `const char *` borrowed from a handle (freed with the handle, never here)
     * as a PHP string: FFI reads such fields as copied PHP strings already, NULL as null.
     */
    public static function borrowed(?string $text): string
    {
        return $text ?? '';
    }

    /**
     * Calls $call with the address of a `char *` the library fills, copies the
     * string it writes and frees it with erm_string_free().
     */
    public static function ownedString(callable $call): string
    {
        $ffi = self::ffi();
        $out = $ffi->new('char *');
        self::check($call(FFI::addr($out)));
        try {
            return FFI::string($out);
        } finally {
            $ffi->erm_string_free($out);
        }
    }

    /** erm_options with every default and the language $lang ('ru' or 'en'). */
    public static function options(string $lang)
    {
        if (!isset(self::LANGUAGES[$lang])) {
            throw new \InvalidArgumentException("eduroadmap: unknown language '$lang' (ru, en)");
        }
        $ffi = self::ffi();
        $options = $ffi->new('erm_options');
        self::check($ffi->erm_options_init(FFI::addr($options), self::OPTIONS_VERSION));
        $options->language = self::LANGUAGES[$lang];
        return $options;
    }

    /** Validates a file: problems reading it are findings too, as in `eduroadmap validate`. */
    public static function validateFile(string $path, string $lang = 'ru'): array
    {
        $ffi = self::ffi();
        $options = self::options($lang);
        $report = $ffi->new('erm_report *');
        self::check($ffi->erm_validate_file($path, FFI::addr($options), FFI::addr($report)));
        return self::findings($report);
    }

    /**
     * The findings of a report, in report order, each
     * ['rule', 'severity', 'message', 'hint', 'path', 'file', 'line', 'column'];
     * frees the report.
     */
    public static function findings($report): array
    {
        $ffi = self::ffi();
        try {
            $findings = [];
            $count = $ffi->erm_report_size($report);
            for ($i = 0; $i < $count; ++$i) {
                $d = $ffi->new('erm_diagnostic');
                $d->version = self::DIAGNOSTIC_VERSION;
                self::check($ffi->erm_report_at($report, $i, FFI::addr($d)));
                $findings[] = [
                    'rule' => self::borrowed($d->rule),
                    'severity' => self::SEVERITIES[$d->severity],
                    'message' => self::borrowed($d->message),
                    'hint' => self::borrowed($d->hint),
                    'path' => self::borrowed($d->path),
                    'file' => self::borrowed($d->file),
                    'line' => $d->line,
                    'column' => $d->column,
                ];
            }
            return $findings;
        } finally {
            $ffi->erm_report_free($report);
        }
    }
}

/** One loaded roadmap (erm_roadmap), freed when the object goes. */
final class Roadmap
{
    private function __construct(private $handle)
    {
    }

    public function __destruct()
    {
        Library::ffi()->erm_roadmap_free($this->handle);
    }

    /** Loads a YAML file; throws EduroadmapException (ERM_E_LOAD, with rule, file, line) when it is no roadmap. */
    public static function fromFile(string $path): self
    {
        $ffi = Library::ffi();
        $handle = $ffi->new('erm_roadmap *');
        Library::check($ffi->erm_roadmap_load_file($path, FFI::addr($handle)));
        return new self($handle);
    }

    /** Loads YAML text; $name is the file name locations use. */
    public static function fromString(string $yaml, string $name = '<string>'): self
    {
        $ffi = Library::ffi();
        $handle = $ffi->new('erm_roadmap *');
        Library::check($ffi->erm_roadmap_load_string_ext($yaml, strlen($yaml), $name, null, FFI::addr($handle)));
        return new self($handle);
    }

    /** Every finding of every enabled rule (see Library::findings for the keys). */
    public function validate(string $lang = 'ru'): array
    {
        $ffi = Library::ffi();
        $options = Library::options($lang);
        $report = $ffi->new('erm_report *');
        Library::check($ffi->erm_validate($this->handle, FFI::addr($options), FFI::addr($report)));
        return Library::findings($report);
    }

    /**
     * The measures matching the filters of `eduroadmap query` (docs/query.md), as
     * the decoded JSON it prints: ['roadmap', 'query', 'count', 'measures', 'groups'].
     */
    public function query(array $filters = []): array
    {
        $json = json_encode((object) $filters, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE);
        $result = Library::ownedString(fn ($out) => Library::ffi()->erm_query_json($this->handle, $json, $out));
        return json_decode($result, true, 512, JSON_THROW_ON_ERROR);
    }

    /**
     * The windows of the measures matching $filters (those of query()) as
     * RFC 5545 iCalendar, what `eduroadmap calendar` writes (CRLF line ends);
     * $lang ('ru' or 'en') is that of the event descriptions, null for the roadmap's.
     */
    public function calendarIcs(array $filters = [], ?string $lang = null): string
    {
        $ffi = Library::ffi();
        $json = json_encode((object) $filters, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE);
        $language = null;
        if ($lang !== null) {
            $language = $ffi->new('erm_language');
            $language->cdata = Library::options($lang)->language;
        }
        return Library::ownedString(fn ($out) => $ffi->erm_calendar_ics(
            $this->handle, $json, $language === null ? null : FFI::addr($language), $out));
    }

    /** The roadmap as JSON, in the structure of its YAML form; $indent < 0 for one line. */
    public function toJson(int $indent = 2): string
    {
        return Library::ownedString(fn ($out) => Library::ffi()->erm_roadmap_to_json($this->handle, $indent, $out));
    }
}
